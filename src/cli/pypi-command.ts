import { runPypiJob } from '../app/pypi-job.js';
import { UsageError } from '../core/errors.js';
import type { VerificationResult } from '../core/report.js';
import {
  networkInputFromFlags,
  parse,
  policyInputFromFlags,
  PYPI_OPTIONS,
  refuseFlags,
  trustFromFlags,
} from './args.js';
import { jobContext, type CliIo } from './io.js';

/** `pypi PROJECT VERSION [FILE]`: PEP 740 provenance from the index; the policy `verify` takes. */
export async function runPypi(
  argv: string[],
  io: CliIo,
  version: string,
): Promise<VerificationResult> {
  const { values, positionals } = parse(argv, PYPI_OPTIONS);
  refuseFlags(values, 'pypi', ['bundle', 'from', 'subject-name']);
  const [project, release, file, ...rest] = positionals;
  if (project === undefined || release === undefined || rest.length > 0)
    throw new UsageError('pypi takes PROJECT VERSION [FILE]');
  return runPypiJob(
    {
      project,
      version: release,
      file,
      index: values.index,
      policy: policyInputFromFlags(values),
      trust: trustFromFlags(values),
      network: networkInputFromFlags(values),
    },
    jobContext(io, version, 'pypi'),
  );
}
