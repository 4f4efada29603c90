// PyPI's PEP 740 shapes, for tests that serve minted attestations as PyPI does.
import type { SerializedBundle } from './mint.js';

export const PYPI_PUBLISH = 'https://docs.pypi.org/attestations/publish/v1';

export type Pep740 = {
  version: 1;
  attestation_bundles: {
    publisher: Record<string, unknown>;
    attestations: Record<string, unknown>[];
  }[];
};

/** A minted bundle as PyPI stores it: the PEP 740 attestation object. */
export function asPep740(bundle: SerializedBundle): Record<string, unknown> {
  const vm = bundle.verificationMaterial as unknown as {
    certificate: { rawBytes: string };
    tlogEntries: unknown[];
  };
  const env = bundle.dsseEnvelope as unknown as { payload: string; signatures: { sig: string }[] };
  return {
    version: 1,
    verification_material: {
      certificate: vm.certificate.rawBytes,
      transparency_entries: vm.tlogEntries,
    },
    envelope: { statement: env.payload, signature: env.signatures[0]?.sig },
  };
}
