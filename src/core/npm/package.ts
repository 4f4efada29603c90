import { UsageError, VerifyError } from '../errors.js';

export { NPM_PUBLISH_PREDICATE_TYPE as NPM_PUBLISH_PREDICATE } from '../input/read-attestations.js';

export type NpmPackage = { readonly name: string; readonly version: string };

// npm's rules for new names: lower case, URL-safe, at most 214 characters, optional @scope/.
const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
// An exact semantic version (no ranges, no tags): npm attests one published version.
const VERSION =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** `name@version` or `@scope/name@version`, exactly: ranges and dist-tags are refused. */
export function parsePackageSpec(spec: string): NpmPackage {
  const at = spec.lastIndexOf('@');
  const name = at > 0 ? spec.slice(0, at) : spec;
  const version = at > 0 ? spec.slice(at + 1) : '';
  if (!NAME.test(name) || name.length > 214)
    throw new UsageError(`${JSON.stringify(spec)}: not an npm package name`);
  if (!VERSION.test(version))
    throw new UsageError(`${JSON.stringify(spec)}: give an exact version, NAME@1.2.3`, {
      hint: 'provenance is per published version; ranges and dist-tags are not resolved',
    });
  return { name, version };
}

/** The subject npm attests: `pkg:npm/%40scope/name@version` (purl: `@` encoded). */
export function npmPurl(pkg: NpmPackage): string {
  return `pkg:npm/${pkg.name.replace(/^@/, '%40')}@${pkg.version}`;
}

/** `pkg:npm/%40scope/name@version` → the package, or undefined when it is not exactly that. */
export function packageFromPurl(purl: string): NpmPackage | undefined {
  const m = /^pkg:npm\/((?:%40[^/@]+\/)?[^/@]+)@([^@/?#]+)$/.exec(purl);
  if (m === null) return undefined;
  const name = (m[1] ?? '').replace(/^%40/, '@');
  const version = m[2] ?? '';
  return NAME.test(name) && VERSION.test(version) ? { name, version } : undefined;
}

/** `dist.integrity` (`sha512-BASE64`) → the hex sha512 the attestations' subject carries. */
export function sha512FromIntegrity(integrity: unknown, pkg: NpmPackage): string {
  const sha512 =
    typeof integrity === 'string'
      ? integrity.split(/\s+/).find((part) => part.startsWith('sha512-'))
      : undefined;
  const bytes = sha512 === undefined ? undefined : Buffer.from(sha512.slice(7), 'base64');
  if (bytes === undefined || bytes.length !== 64 || bytes.toString('base64') !== sha512?.slice(7))
    throw new VerifyError(
      'SUBJECT',
      `${pkg.name}@${pkg.version}: the registry gives no sha512 integrity for the tarball`,
    );
  return bytes.toString('hex');
}
