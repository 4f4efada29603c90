import type { Node } from 'jsonc-parser';
import {
  hashesFromSri,
  isRegistryTarball,
  lockfileError,
  nonRegistryKind,
  NPM_VERSION,
  splitNameAt,
  type LockEntry,
  type Lockfile,
  type SourceKind,
} from '../entries.js';
import {
  booleanAt,
  member,
  members,
  parseJsonTree,
  stringAt,
  type LineIndex,
} from './json-tree.js';

/**
 * `package-lock.json` / `npm-shrinkwrap.json`, lockfile versions 1, 2 and 3. Versions 2 and 3
 * are read from `packages` (as npm does); version 1 from the nested `dependencies` tree.
 */
export function parseNpmLock(file: string, text: string): Lockfile {
  const { root, lines } = parseJsonTree(file, text, false);
  const version: unknown = member(root, 'lockfileVersion')?.value;
  if (version !== 1 && version !== 2 && version !== 3)
    throw lockfileError(
      file,
      1,
      `lockfileVersion ${JSON.stringify(version ?? null)} is not 1, 2 or 3`,
    );
  const packages = member(root, 'packages');
  const entries =
    version === 1 || packages === undefined
      ? v1Entries(file, member(root, 'dependencies'), lines)
      : packagesEntries(file, packages, lines);
  return {
    path: file,
    format: `${basename(file)} v${version}`,
    ecosystem: 'npm',
    entries,
    notes: [],
  };
}

function basename(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** v2/v3: `packages` keyed by install path (`node_modules/a/node_modules/@s/b`). */
function packagesEntries(file: string, packages: Node, lines: LineIndex): LockEntry[] {
  const all = members(packages, lines);
  const folders = new Set(all.map((m) => m.key));
  return all.flatMap(({ key, value, line }): LockEntry[] => {
    if (key === '') return [];
    const at = key.lastIndexOf('node_modules/');
    const base = { ecosystem: 'npm' as const, file, line };
    const declared = stringAt(value, 'name');
    const resolved = stringAt(value, 'resolved');
    if (at < 0) {
      // A folder of its own: a workspace member inside the project, or a link target outside it.
      const name = declared ?? key.slice(key.lastIndexOf('/') + 1);
      const source: SourceKind =
        key.startsWith('../') || key.startsWith('/') ? 'link' : 'workspace';
      return [
        { ...base, name, version: stringAt(value, 'version'), source, hashes: [], resolved: key },
      ];
    }
    const installed = key.slice(at + 'node_modules/'.length);
    const name = declared ?? installed;
    const alias = name === installed ? {} : { alias: installed };
    if (booleanAt(value, 'link')) {
      // The folder it links to has an entry of its own (above); list a link only once.
      const target = resolved ?? '';
      if (folders.has(target)) return [];
      return [
        {
          ...base,
          name,
          ...alias,
          version: undefined,
          source: 'link',
          hashes: [],
          resolved: target,
        },
      ];
    }
    // Bundled dependencies arrive inside their parent's tarball, covered by its integrity.
    if (booleanAt(value, 'inBundle')) return [];
    return [
      registryOrOther(
        base,
        name,
        alias,
        stringAt(value, 'version'),
        resolved,
        stringAt(value, 'integrity'),
      ),
    ];
  });
}

/** v1: `dependencies` nested by install tree, each with `version` (semver, `npm:`, URL, path). */
function v1Entries(file: string, deps: Node | undefined, lines: LineIndex): LockEntry[] {
  const out: LockEntry[] = [];
  const walk = (node: Node | undefined): void => {
    for (const { key, value, line } of members(node, lines)) {
      if (value.type !== 'object')
        throw lockfileError(file, line, `dependency ${JSON.stringify(key)} is not an object`);
      walk(member(value, 'dependencies'));
      if (booleanAt(value, 'bundled')) continue;
      const base = { ecosystem: 'npm' as const, file, line };
      let version = stringAt(value, 'version') ?? '';
      let name = key;
      if (version.startsWith('npm:')) {
        const real = splitNameAt(version.slice(4));
        if (real === undefined)
          throw lockfileError(file, line, `alias ${JSON.stringify(version)} names no version`);
        [name, version] = real;
      }
      const alias = name === key ? {} : { alias: key };
      const kind = NPM_VERSION.test(version) ? undefined : nonRegistryKind(version);
      if (kind !== undefined) {
        out.push({
          ...base,
          name,
          ...alias,
          version: undefined,
          source: kind,
          hashes: [],
          resolved: version,
        });
        continue;
      }
      out.push(
        registryOrOther(
          base,
          name,
          alias,
          version,
          stringAt(value, 'resolved'),
          stringAt(value, 'integrity'),
        ),
      );
    }
  };
  walk(deps);
  return out;
}

/** An entry that names a version: from the registry when its tarball URL says so. */
function registryOrOther(
  base: { ecosystem: 'npm'; file: string; line: number },
  name: string,
  alias: { alias?: string },
  version: string | undefined,
  resolved: string | undefined,
  integrity: string | undefined,
): LockEntry {
  const other = resolved === undefined ? undefined : nonRegistryKind(resolved);
  const registry =
    version !== undefined &&
    NPM_VERSION.test(version) &&
    (resolved === undefined || (other === 'tarball' && isRegistryTarball(resolved, name, version)));
  const hashes = integrity === undefined ? 'no integrity is locked' : hashesFromSri(integrity);
  const withResolved = resolved === undefined ? {} : { resolved };
  if (!registry)
    return {
      ...base,
      name,
      ...alias,
      version,
      source: other ?? 'tarball',
      hashes: typeof hashes === 'string' ? [] : hashes,
      ...withResolved,
    };
  return {
    ...base,
    name,
    ...alias,
    version,
    source: 'registry',
    hashes: typeof hashes === 'string' ? [] : hashes,
    ...withResolved,
    ...(typeof hashes === 'string' ? { problem: hashes } : {}),
  };
}
