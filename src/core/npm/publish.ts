import { createPublicKey, type KeyObject } from 'node:crypto';
import { parseBundle } from '../bundle/parse-bundle.js';
import { evidenceFields, verifyBundleCrypto } from '../crypto/verify-signature.js';
import type { LoadedRoot } from '../crypto/trust.js';
import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonValue } from '../json/strict-json.js';
import { checkSubject } from '../policy/checks/subject.js';
import { fail, pass, type AttestationResult, type Check } from '../result.js';
import { parseStatement } from '../statement/statement.js';
import { NPM_PUBLISH_PREDICATE, npmPurl, type NpmPackage } from './package.js';

/** One registry signing key, as `/-/npm/v1/keys` lists it. */
export type RegistryKey = {
  readonly keyid: string;
  readonly key: KeyObject;
  /** After this the key signs nothing; undefined: no end. */
  readonly expires: Date | undefined;
  /** Before this the key signed nothing (TUF's keys.json gives it); undefined: no start. */
  readonly notBefore?: Date | undefined;
};

/**
 * The registry keys the public-good TUF repository publishes (`registry.npmjs.org/keys.json`,
 * as `npm audit signatures` reads them): the `npm:attestations` keys with their windows.
 */
export function readTufRegistryKeys(json: JsonValue): RegistryKey[] {
  const list = isJsonObject(json) ? json.keys : undefined;
  if (!Array.isArray(list)) throw new VerifyError('KEY_MATERIAL', 'registry keys: no "keys" list');
  return list.flatMap((k): RegistryKey[] => {
    if (!isJsonObject(k) || k.keyUsage !== 'npm:attestations' || typeof k.keyId !== 'string')
      return [];
    const pk = isJsonObject(k.publicKey) ? k.publicKey : undefined;
    const valid = isJsonObject(pk?.validFor) ? pk.validFor : undefined;
    if (typeof pk?.rawBytes !== 'string' || pk.keyDetails !== 'PKIX_ECDSA_P256_SHA_256') return [];
    const date = (v: JsonValue | undefined): Date | undefined =>
      typeof v === 'string' ? new Date(v) : undefined;
    try {
      const key = createPublicKey({
        key: Buffer.from(pk.rawBytes, 'base64'),
        format: 'der',
        type: 'spki',
      });
      return [{ keyid: k.keyId, key, expires: date(valid?.end), notBefore: date(valid?.start) }];
    } catch {
      return [];
    }
  });
}

/** `/-/npm/v1/keys` → keys. Entries of another type are ignored; a malformed list throws. */
export function readRegistryKeys(json: JsonValue): RegistryKey[] {
  const list = isJsonObject(json) ? json.keys : undefined;
  if (!Array.isArray(list)) throw new VerifyError('KEY_MATERIAL', 'registry keys: no "keys" list');
  return list.flatMap((k): RegistryKey[] => {
    if (!isJsonObject(k) || typeof k.keyid !== 'string' || typeof k.key !== 'string') return [];
    if (k.keytype !== 'ecdsa-sha2-nistp256' || k.scheme !== 'ecdsa-sha2-nistp256') return [];
    const expires = typeof k.expires === 'string' ? new Date(k.expires) : undefined;
    if (expires !== undefined && Number.isNaN(expires.getTime())) return [];
    try {
      const key = createPublicKey({
        key: Buffer.from(k.key, 'base64'),
        format: 'der',
        type: 'spki',
      });
      return [{ keyid: k.keyid, key, expires }];
    } catch {
      return [];
    }
  });
}

/**
 * The registry's publish attestation: signed by a registry key valid at the signed time (the
 * key named by the bundle's hint), logged, over this exact package (`pkg:npm/…` with the
 * registry's sha512), with a predicate naming the same package. It proves the registry
 * published these bytes; it says nothing of who built them (that is the provenance).
 */
export function verifyPublishAttestation(
  origin: string,
  bundle: JsonValue,
  pkg: NpmPackage,
  sha512: string,
  keys: readonly RegistryKey[],
  roots: readonly LoadedRoot[],
): AttestationResult {
  const checks: Check[] = [];
  try {
    const parsed = parseBundle(bundle);
    const material = parsed.bundle.verificationMaterial.content;
    if (material.$case !== 'publicKey' || parsed.dsse === undefined)
      throw new VerifyError(
        'KEY_MATERIAL',
        'the publish attestation must be a DSSE bundle signed by a registry key',
      );
    const hint = material.publicKey.hint;
    const key = keys.find((k) => k.keyid === hint);
    if (key === undefined)
      throw new VerifyError(
        'KEY_MATERIAL',
        `signed by key ${JSON.stringify(hint)}, which the registry does not list`,
        {
          hint: 'the registry keys come from /-/npm/v1/keys of the same registry',
        },
      );
    const crypto = verifyBundleCrypto(parsed, roots, {
      publicKey: key.key,
      keyValidAt: (time) =>
        (key.expires === undefined || time < key.expires) &&
        (key.notBefore === undefined || time >= key.notBefore),
    });
    checks.push(
      pass(
        'publish-signature',
        `signed by registry key ${key.keyid}, logged, at a time the key was valid`,
      ),
    );
    const statement = parseStatement(parsed.dsse.payload);
    if (statement.predicateType !== NPM_PUBLISH_PREDICATE)
      checks.push(
        fail('publish-predicate', 'PREDICATE_TYPE', 'not an npm publish attestation', {
          expected: NPM_PUBLISH_PREDICATE,
          actual: statement.predicateType,
        }),
      );
    const purl = npmPurl(pkg);
    checks.push({ ...checkSubject(statement, { sha512 }, purl), id: 'publish-subject' });
    const predicate = statement.predicate;
    const named =
      isJsonObject(predicate) && predicate.name === pkg.name && predicate.version === pkg.version;
    checks.push(
      named
        ? pass(
            'publish-package',
            'the publish predicate names this package version',
            `${pkg.name}@${pkg.version}`,
          )
        : fail('publish-package', 'SUBJECT', 'the publish predicate names another package', {
            expected: `${pkg.name}@${pkg.version}`,
            actual: isJsonObject(predicate)
              ? `${typeof predicate.name === 'string' ? predicate.name : JSON.stringify(predicate.name ?? null)}@${typeof predicate.version === 'string' ? predicate.version : JSON.stringify(predicate.version ?? null)}`
              : undefined,
          }),
    );
    const failed = checks.some((c) => c.status === 'fail');
    return {
      origin,
      verdict: failed ? 'failed' : 'verified',
      checks,
      predicateType: statement.predicateType,
      ...evidenceFields(crypto),
      warnings: [],
    };
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    checks.push(
      fail('publish-signature', err.code, `publish attestation: ${err.message}`, {
        hint: err.hint,
      }),
    );
    return { origin, verdict: 'failed', checks, warnings: [] };
  }
}
