/** The bundle media types we accept: v0.1, v0.2 and both spellings of v0.3. */
export const BUNDLE_MEDIA_TYPES = {
  'application/vnd.dev.sigstore.bundle+json;version=0.1': '0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2': '0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3': '0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json': '0.3',
} as const;

export type BundleVersion = (typeof BUNDLE_MEDIA_TYPES)[keyof typeof BUNDLE_MEDIA_TYPES];

export function bundleVersionOf(mediaType: unknown): BundleVersion | undefined {
  if (typeof mediaType !== 'string' || !Object.hasOwn(BUNDLE_MEDIA_TYPES, mediaType))
    return undefined;
  return BUNDLE_MEDIA_TYPES[mediaType as keyof typeof BUNDLE_MEDIA_TYPES];
}

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
