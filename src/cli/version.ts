import { isSea } from 'node:sea';

/**
 * What `--version` prints: the tool's version, and for a single executable (Node SEA) also the
 * Node runtime built into it, since that runtime ships (and is patched) with the binary.
 */
export function versionLine(version: string): string {
  return isSea() ? `${version} (node ${process.version}, single executable)` : version;
}
