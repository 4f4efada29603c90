import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared corpus beside the project (`../shared/corpus`), read in place, never copied. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');

export type CorpusCase = {
  readonly id: string;
  readonly dir: string;
  readonly kind: string;
  readonly predicateType: string;
  readonly artifact: string;
  readonly trustedRoot: string;
  readonly expected: 'pass' | 'fail';
  readonly policy: string;
  readonly bundle: string;
  readonly key: string;
  readonly features: Record<string, unknown>;
};

export function readCorpus(): CorpusCase[] {
  const manifest = join(CORPUS_DIR, 'MANIFEST.tsv');
  if (!existsSync(manifest)) {
    // .ci/run sets this: there the corpus is beside the clone, and missing it is a failure.
    if (process.env.VERIFY_PROVENANCE_REQUIRE_CORPUS === '1')
      throw new Error(`${manifest} is missing; the corpus tests cannot be skipped here`);
    return [];
  }
  const [, ...rows] = readFileSync(manifest, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const c = row.split('\t');
    const id = c[0] ?? '';
    const dir = join(CORPUS_DIR, id);
    const caseJson = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as {
      features?: Record<string, unknown>;
    };
    return {
      id,
      dir,
      kind: c[4] ?? '',
      predicateType: c[5] ?? '',
      artifact: c[6] ?? '',
      trustedRoot: c[7] ?? '',
      expected: c[8] === 'pass' ? 'pass' : 'fail',
      policy: c[9] ?? '',
      bundle: c[11] ?? '',
      // "key (bundle-x only)" names a key for another file of the case, not for the bundle.
      key: (c[12] ?? '').includes(' only') ? '' : ((c[12] ?? '').split(' ')[0] ?? ''),
      features: caseJson.features ?? {},
    };
  });
}

/** `key=value; key=value (comment)` → pairs; values lose a trailing parenthetical note. */
export function parsePolicyText(text: string): [string, string][] {
  return text
    .split(/;\s*/)
    .map((part) => part.trim())
    .filter((part) => /^[a-z_]+[= ]/.test(part))
    .map((part) => {
      const m = /^([a-z_]+)[= ](.*)$/.exec(part);
      return [m?.[1] ?? '', (m?.[2] ?? '').replace(/\s*\(.*$/, '').trim()] as [string, string];
    });
}

/** The first subject digest a bundle (or statement file) carries, as `alg:hex`. */
export function firstSubjectDigest(file: string): string {
  const text = readFileSync(file, 'utf8');
  let doc: Record<string, any>;
  try {
    doc = JSON.parse(text) as Record<string, any>;
  } catch {
    doc = JSON.parse(text.split('\n').find((l) => l.trim().length > 0) ?? '{}') as Record<
      string,
      any
    >;
  }
  const statement = doc.subject
    ? doc
    : JSON.parse(
        Buffer.from((doc.dsseEnvelope ?? doc).payload as string, 'base64').toString('utf8'),
      );
  const digest = statement.subject[0].digest as Record<string, string>;
  const alg = digest.sha512 !== undefined ? 'sha512' : 'sha256';
  return `${alg}:${digest[alg]}`;
}
