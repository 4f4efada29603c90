import { isMap } from 'yaml';
import {
  hashesFromSri,
  lockfileError,
  nonRegistryKind,
  NPM_VERSION,
  splitNameAt,
  type LockEntry,
  type Lockfile,
  type SourceKind,
} from '../entries.js';
import { mapEntries, parseYamlTree, plain, str, type YamlTree } from './yaml-tree.js';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];

/**
 * `pnpm-lock.yaml`, lockfile versions 6 to 9 (pnpm 8 to 10). `packages` is keyed by the real
 * package (`/name@1.0.0(peer@2)` in 6 and 7, `name@1.0.0` in 9), so aliases are resolved
 * already; importers' `link:` dependencies are workspace or local links.
 */
export function parsePnpmLock(file: string, text: string): Lockfile {
  const tree = parseYamlTree(file, text);
  const declared: unknown = tree.doc.get('lockfileVersion');
  const version = typeof declared === 'string' ? declared : '';
  const major = Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);
  if (!(major >= 6 && major <= 9))
    throw lockfileError(
      file,
      1,
      `pnpm lockfileVersion ${JSON.stringify(version)} is not supported (6.0 to 9.0: pnpm 8 and later)`,
    );
  const entries: LockEntry[] = [];
  for (const { key, value, line } of mapEntries(tree.doc.get('packages'), tree))
    entries.push(packageEntry(file, key, plain(value), line));
  entries.push(...linkEntries(file, tree));
  return { path: file, format: `pnpm-lock.yaml ${version}`, ecosystem: 'npm', entries, notes: [] };
}

function packageEntry(file: string, key: string, value: unknown, line: number): LockEntry {
  // `/name@1.0.0(peer@1)(other@2)` → `name@1.0.0`; older non-registry keys carry name/version fields.
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const split = splitNameAt(bare);
  const name = str(value, 'name') ?? split?.[0];
  const keyVersion = split?.[1];
  const version = str(value, 'version') ?? keyVersion;
  if (name === undefined)
    throw lockfileError(file, line, `package key ${JSON.stringify(key)} names no package`);
  const resolution = (value as Record<string, unknown> | null)?.resolution;
  const base = { ecosystem: 'npm' as const, name, file, line };
  const type = str(resolution, 'type');
  const tarball = str(resolution, 'tarball');
  const integrity = str(resolution, 'integrity');
  let source: SourceKind | undefined;
  if (type === 'git') source = 'git';
  else if (type === 'directory') source = 'directory';
  else if (tarball?.startsWith('file:') === true) source = 'file';
  else if (keyVersion !== undefined && !NPM_VERSION.test(keyVersion))
    source = nonRegistryKind(keyVersion) ?? 'tarball';
  else if (split === undefined) source = nonRegistryKind(tarball ?? '') ?? 'tarball';
  const resolved = tarball ?? str(resolution, 'repo') ?? str(resolution, 'directory');
  const withResolved = resolved === undefined ? {} : { resolved };
  if (source !== undefined)
    return {
      ...base,
      version: NPM_VERSION.test(version ?? '') ? version : undefined,
      source,
      hashes: [],
      ...withResolved,
    };
  const hashes = integrity === undefined ? 'no integrity is locked' : hashesFromSri(integrity);
  return {
    ...base,
    version,
    source: 'registry',
    hashes: typeof hashes === 'string' ? [] : hashes,
    ...withResolved,
    ...(typeof hashes === 'string' ? { problem: hashes } : {}),
  };
}

/** Importers' (or a v6 single project's) dependencies on `link:` paths. */
function linkEntries(file: string, tree: YamlTree): LockEntry[] {
  const importers = tree.doc.get('importers');
  const projects = isMap(importers)
    ? mapEntries(importers, tree).map((i) => ({ at: i.key, node: i.value }))
    : [{ at: '.', node: tree.doc.contents }];
  const members = new Set(projects.map((p) => p.at));
  const out: LockEntry[] = [];
  for (const { at, node } of projects) {
    if (!isMap(node)) continue;
    for (const field of DEPENDENCY_FIELDS)
      for (const dep of mapEntries(node.get(field), tree)) {
        const value = plain(dep.value);
        const version = typeof value === 'string' ? value : str(value, 'version');
        if (version?.startsWith('link:') !== true) continue;
        const target = joinPath(at, version.slice('link:'.length));
        out.push({
          ecosystem: 'npm',
          name: dep.key,
          version: undefined,
          source: members.has(target) ? 'workspace' : 'link',
          hashes: [],
          resolved: target,
          file,
          line: dep.line,
        });
      }
  }
  return out;
}

/** `packages/app` + `../util` → `packages/util` (POSIX, as pnpm writes them). */
function joinPath(from: string, rel: string): string {
  const parts = from === '.' ? [] : from.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.length === 0 ? '.' : parts.join('/');
}
