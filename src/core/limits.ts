/** Limits on untrusted input, checked before heavy work (values follow sigstore-go and cosign). */
export const LIMITS = {
  /** One bundle, JSONL or API response file, trusted root or key, counted while reading. */
  maxInputBytes: 16 * 1024 * 1024,
  /** One artifact to hash (a pipe or device is cut off here rather than read forever). */
  maxArtifactBytes: 64 * 1024 * 1024 * 1024,
  /** Attestations considered for one artifact. */
  maxAttestations: 100,
  maxTlogEntries: 32,
  maxTimestamps: 32,
  /** Subjects of one statement. */
  maxSubjects: 1024,
  /** Artifacts in one run (and files one pattern or directory expands to). */
  maxArtifacts: 100_000,
  maxDigestsPerSubject: 32,
  maxJsonDepth: 64,
  /** Decoded DSSE payload. */
  maxPayloadBytes: 8 * 1024 * 1024,
} as const;
