import type { Check } from '../result.js';
import type { CheckContext } from './context.js';
import { checkConsistency } from './checks/consistency.js';
import {
  checkCertIdentity,
  checkIssuer,
  checkOwner,
  checkRepositoryIds,
  checkSourceRepo,
} from './checks/identity.js';
import { checkCommit, checkInputs, checkRefs, checkRunner, checkTrigger } from './checks/source.js';
import { checkBuilder, checkCaller, checkSigner } from './checks/workflow.js';

/** Every identity check, in a fixed order; all run so every mismatch is reported at once. */
const CHECKS: readonly ((ctx: CheckContext) => Check | Check[])[] = [
  checkIssuer,
  checkCertIdentity,
  checkSourceRepo,
  checkOwner,
  checkRepositoryIds,
  checkSigner,
  checkCaller,
  checkBuilder,
  checkRefs,
  checkCommit,
  checkTrigger,
  checkRunner,
  checkInputs,
  checkConsistency,
];

export function runPolicyChecks(ctx: CheckContext): Check[] {
  return CHECKS.flatMap((check) => check(ctx));
}
