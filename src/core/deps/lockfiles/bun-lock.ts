import { getNodeValue } from 'jsonc-parser';
import {
  hashesFromSri,
  lockfileError,
  nonRegistryKind,
  NPM_VERSION,
  splitNameAt,
  type LockEntry,
  type Lockfile,
} from '../entries.js';
import { member, members, parseJsonTree } from './json-tree.js';

/**
 * `bun.lock` (text lockfile, versions 0 and 1): JSON with trailing commas, read with
 * jsonc-parser (the parser VS Code uses for JSONC). `packages` is keyed by install path
 * (`parent/child` when nested); each value is `[ "name@version", registry, meta, integrity ]`
 * for registry packages and `[ "name@workspace:…" | "name@file:…" | "name@github:…", … ]` otherwise.
 */
export function parseBunLock(file: string, text: string): Lockfile {
  const { root, lines } = parseJsonTree(file, text, true);
  const version: unknown = member(root, 'lockfileVersion')?.value;
  if (version !== 0 && version !== 1)
    throw lockfileError(
      file,
      1,
      `bun lockfileVersion ${JSON.stringify(version ?? null)} is not 0 or 1`,
    );
  const entries = members(member(root, 'packages'), lines).map(
    ({ key, value, line }): LockEntry => {
      const tuple = getNodeValue(value) as unknown;
      const id = Array.isArray(tuple) && typeof tuple[0] === 'string' ? tuple[0] : undefined;
      const split = id === undefined ? undefined : splitNameAt(id);
      if (split === undefined)
        throw lockfileError(file, line, `package ${JSON.stringify(key)} has no NAME@VERSION`);
      const [name, rest] = split;
      const alias = aliasOf(key, name);
      const base = {
        ecosystem: 'npm' as const,
        name,
        ...(alias === undefined ? {} : { alias }),
        file,
        line,
      };
      if (!NPM_VERSION.test(rest))
        return {
          ...base,
          version: undefined,
          source: nonRegistryKind(rest) ?? 'file',
          hashes: [],
          resolved: rest,
        };
      const integrity = Array.isArray(tuple) && typeof tuple[3] === 'string' ? tuple[3] : undefined;
      const registryUrl =
        Array.isArray(tuple) && typeof tuple[1] === 'string' && tuple[1] !== ''
          ? tuple[1]
          : undefined;
      const hashes = integrity === undefined ? 'no integrity is locked' : hashesFromSri(integrity);
      return {
        ...base,
        version: rest,
        source: 'registry',
        hashes: typeof hashes === 'string' ? [] : hashes,
        ...(registryUrl === undefined ? {} : { resolved: registryUrl }),
        ...(typeof hashes === 'string' ? { problem: hashes } : {}),
      };
    },
  );
  return { path: file, format: `bun.lock v${version}`, ecosystem: 'npm', entries, notes: [] };
}

/** The installed name is the key's last package segment (`a/@s/b` → `@s/b`); an alias when it differs. */
function aliasOf(key: string, name: string): string | undefined {
  const parts = key.split('/');
  const last = parts.at(-1) ?? key;
  const installed =
    parts.length >= 2 && parts.at(-2)?.startsWith('@') === true ? `${parts.at(-2)}/${last}` : last;
  return installed === name ? undefined : installed;
}
