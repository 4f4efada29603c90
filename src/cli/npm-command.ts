import { runNpmJob } from '../app/npm-job.js';
import type { VerificationResult } from '../core/report.js';
import {
  networkInputFromFlags,
  NPM_OPTIONS,
  parse,
  policyInputFromFlags,
  refuseFlags,
  trustFromFlags,
} from './args.js';
import { jobContext, type CliIo } from './io.js';

/**
 * `npm NAME@VERSION…`: the registry is the source; the policy is the one `verify` takes. The
 * registry is `--registry`, else npm's own setting (`npm_config_registry`, as `npx` passes it,
 * or `.npmrc`), as `deps` reads it.
 */
export async function runNpm(
  argv: string[],
  io: CliIo,
  version: string,
): Promise<VerificationResult> {
  const { values, positionals } = parse(argv, NPM_OPTIONS);
  refuseFlags(values, 'npm', ['bundle', 'from', 'subject-name']);
  return runNpmJob(
    {
      packages: positionals,
      registry: values.registry ?? (await npmConfigRegistry(io.env)),
      policy: policyInputFromFlags(values),
      trust: trustFromFlags(values),
      network: networkInputFromFlags(values),
    },
    jobContext(io, version, 'npm'),
  );
}

/** npm's configured registry, read only when `--registry` is not given (its INI reader is lazy). */
async function npmConfigRegistry(
  env: Readonly<Record<string, string | undefined>>,
): Promise<string | undefined> {
  const { readNpmrc } = await import('../sources/npmrc.js');
  return (await readNpmrc(process.cwd(), env)).registry;
}
