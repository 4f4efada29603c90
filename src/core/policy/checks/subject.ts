import { fail, pass, type Check } from '../../result.js';
import type { Statement, StatementSubject } from '../../statement/statement.js';
import type { Policy } from '../policy.js';

/** Algorithms strong enough to bind an artifact (in-toto: ignore the rest; slsa-verifier: >= 256 bits). */
export const ACCEPTED_ALGORITHMS = ['sha256', 'sha384', 'sha512'] as const;

export type ArtifactDigests = Readonly<
  Partial<Record<(typeof ACCEPTED_ALGORITHMS)[number], string>>
>;

export function checkPredicateType(policy: Policy, statement: Statement): Check {
  const accepted = policy.predicateTypes;
  const expected = accepted === 'any' ? 'any' : accepted.join(' | ');
  if (accepted === 'any' || accepted.includes(statement.predicateType)) {
    return pass('predicate-type', 'predicate type accepted', expected, statement.predicateType);
  }
  return fail(
    'predicate-type',
    'PREDICATE_TYPE',
    'predicate type is not one the policy accepts (compared exactly)',
    {
      expected,
      actual: statement.predicateType,
      hint: 'pass --predicate-type URI to verify another kind of attestation',
    },
  );
}

/**
 * The artifact must be a subject: every accepted algorithm both sides carry must agree (a
 * subject that contradicts itself is never honest), and at least one must be comparable.
 */
export function checkSubject(
  statement: Statement,
  digests: ArtifactDigests,
  subjectName: string | undefined,
): Check {
  let comparable = false;
  let matched: StatementSubject | undefined;
  for (const subject of statement.subjects) {
    const shared = ACCEPTED_ALGORITHMS.filter(
      (a) => subject.digest[a] !== undefined && digests[a] !== undefined,
    );
    if (shared.length === 0) continue;
    comparable = true;
    if (
      shared.every((a) => subject.digest[a] === digests[a]) &&
      (subjectName === undefined || subject.name === subjectName)
    ) {
      matched = subject;
      break;
    }
  }
  const mine = Object.entries(digests)
    .map(([a, h]) => `${a}:${h}`)
    .join(', ');
  if (matched !== undefined)
    return pass(
      'subject',
      `artifact is subject ${JSON.stringify(matched.name ?? '')}`,
      mine,
      subjectDigests(matched),
    );
  const named =
    subjectName !== undefined &&
    statement.subjects.some((s) =>
      ACCEPTED_ALGORITHMS.some((a) => s.digest[a] !== undefined && s.digest[a] === digests[a]),
    );
  if (named) {
    return fail('subject', 'ID_SUBJECT_NAME', 'the subject with this digest has another name', {
      expected: subjectName,
      actual: statement.subjects
        .filter((s) =>
          ACCEPTED_ALGORITHMS.some((a) => s.digest[a] !== undefined && s.digest[a] === digests[a]),
        )
        .map((s) => s.name ?? '')
        .join(', '),
    });
  }
  const shown = statement.subjects.slice(0, 5);
  const theirs = shown.map(subjectDigests).join(', ');
  const names = `${statement.subjects.length} subject(s): ${shown.map((s) => JSON.stringify(s.name ?? '')).join(', ')}${statement.subjects.length > shown.length ? ', …' : ''}`;
  if (!comparable) {
    return fail(
      'subject',
      'DIGEST_ALG',
      `no subject carries a digest algorithm that can be compared with the artifact (${names})`,
      {
        expected: mine,
        actual: theirs,
        hint: 'accepted algorithms: sha256, sha384, sha512; give the artifact file so every algorithm can be computed',
      },
    );
  }
  return fail(
    'subject',
    'SUBJECT',
    `the artifact digest is not among the attestation subjects (${names})`,
    {
      expected: mine,
      actual: theirs,
      hint: 'this attestation is about other files; check the artifact and the bundle belong together',
    },
  );
}

/** A subject's digests, in full: `ALG:HEX`, comma-separated. */
function subjectDigests(s: StatementSubject): string {
  return Object.entries(s.digest)
    .map(([a, h]) => `${a}:${h}`)
    .join(', ');
}
