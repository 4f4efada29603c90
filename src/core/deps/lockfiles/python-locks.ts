import {
  fileNameOf,
  hashFromPrefixed,
  lockfileError,
  normalizePypiName,
  type LockEntry,
  type LockHash,
  type Lockfile,
  type SourceKind,
} from '../entries.js';
import { isTable, parseTomlDoc, tstr, type TomlDoc } from './toml-tree.js';

const REGISTRY_NOTE = { ecosystem: 'pypi' as const };

/** A registry entry with the files the lockfile pins; no pinned file is a problem. */
function registryEntry(
  file: string,
  line: number,
  name: string,
  version: string | undefined,
  hashes: LockHash[],
  index: string | undefined,
  bad: string | undefined,
): LockEntry {
  const problem =
    bad ??
    (version === undefined
      ? 'no version'
      : hashes.length === 0
        ? 'no file hash is locked'
        : undefined);
  return {
    ...REGISTRY_NOTE,
    name: normalizePypiName(name),
    version,
    source: 'registry',
    hashes,
    ...(index === undefined ? {} : { index }),
    file,
    line,
    ...(problem === undefined ? {} : { problem }),
  };
}

function otherEntry(
  file: string,
  line: number,
  name: string,
  version: string | undefined,
  source: SourceKind,
  resolved: string | undefined,
): LockEntry {
  return {
    ...REGISTRY_NOTE,
    name: normalizePypiName(name),
    version,
    source,
    hashes: [],
    ...(resolved === undefined ? {} : { resolved }),
    file,
    line,
  };
}

/** Each `[[KEY]]` table with its header line, name and version (a nameless one is refused). */
function packageTables(
  file: string,
  doc: TomlDoc,
  key: string,
): { pkg: Record<string, unknown>; line: number; name: string; version: string | undefined }[] {
  const v = doc.value[key];
  return (Array.isArray(v) ? v : []).map((pkg: unknown, i) => {
    const line = doc.tableLine(key, i);
    const name = tstr(pkg, 'name');
    if (name === undefined || !isTable(pkg))
      throw lockfileError(file, line, 'package without a name');
    return { pkg, line, name, version: tstr(pkg, 'version') };
  });
}

/** The hashes of a package's files; one that is not a sha256 is the entry's problem. */
function fileHashes(
  files: readonly unknown[],
  hashOf: (f: unknown) => LockHash | undefined,
  describe: (f: unknown) => string,
): { hashes: LockHash[]; bad: string | undefined } {
  const hashes: LockHash[] = [];
  let bad: string | undefined;
  for (const f of files) {
    const hash = hashOf(f);
    if (hash === undefined) bad = describe(f);
    else hashes.push(hash);
  }
  return { hashes, bad };
}

/** `sha256:HEX` hashes in `hash` fields (uv, poetry), each with its file's name. */
function prefixedHashes(
  files: readonly unknown[],
  nameOf: (f: unknown) => string | undefined,
): ReturnType<typeof fileHashes> {
  return fileHashes(
    files,
    (f) => hashFromPrefixed(tstr(f, 'hash') ?? '', nameOf(f)),
    (f) => `a file hash ${JSON.stringify(tstr(f, 'hash') ?? null)} is not sha256:HEX`,
  );
}

/** `uv.lock` (version 1): `[[package]]` with `source = { registry | git | url | path | directory | editable | virtual }`. */
export function parseUvLock(file: string, text: string): Lockfile {
  const doc = parseTomlDoc(file, text);
  if (doc.value.version !== 1)
    throw lockfileError(
      file,
      1,
      `uv.lock version ${JSON.stringify(doc.value.version ?? null)} is not 1`,
    );
  const entries = packageTables(file, doc, 'package').map(({ pkg, line, name, version }) => {
    const registry = tstr(pkg.source, 'registry');
    if (registry === undefined) {
      const [kind, where] = uvSource(pkg.source);
      return otherEntry(file, line, name, version, kind, where);
    }
    const files = [
      ...(isTable(pkg.sdist) ? [pkg.sdist] : []),
      ...(Array.isArray(pkg.wheels) ? (pkg.wheels as unknown[]) : []),
    ];
    const { hashes, bad } = prefixedHashes(files, (f) => {
      const url = tstr(f, 'url');
      return url === undefined ? undefined : fileNameOf(url);
    });
    return registryEntry(file, line, name, version, hashes, registry, bad);
  });
  return { path: file, format: 'uv.lock v1', ecosystem: 'pypi', entries, notes: [] };
}

function uvSource(source: unknown): [SourceKind, string | undefined] {
  if (tstr(source, 'git') !== undefined) return ['git', tstr(source, 'git')];
  if (tstr(source, 'url') !== undefined) return ['tarball', tstr(source, 'url')];
  if (tstr(source, 'editable') !== undefined || tstr(source, 'virtual') !== undefined)
    return ['workspace', tstr(source, 'editable') ?? tstr(source, 'virtual')];
  if (tstr(source, 'directory') !== undefined) return ['directory', tstr(source, 'directory')];
  if (tstr(source, 'path') !== undefined) return ['file', tstr(source, 'path')];
  return ['file', undefined];
}

const POETRY_SOURCES: Readonly<Record<string, SourceKind>> = {
  git: 'git',
  url: 'tarball',
  directory: 'directory',
  file: 'file',
};

/** `poetry.lock` (lock-version 1.1 to 2.x): `[[package]]` with `files`, or `[metadata.files]` in 1.1. */
export function parsePoetryLock(file: string, text: string): Lockfile {
  const doc = parseTomlDoc(file, text);
  const metadata = isTable(doc.value.metadata) ? doc.value.metadata : {};
  const lockVersion = tstr(metadata, 'lock-version') ?? '?';
  const oldFiles = isTable(metadata.files) ? metadata.files : {};
  const entries = packageTables(file, doc, 'package').map(({ pkg, line, name, version }) => {
    const type = tstr(pkg.source, 'type');
    if (type !== undefined && type !== 'legacy')
      return otherEntry(
        file,
        line,
        name,
        version,
        POETRY_SOURCES[type] ?? 'file',
        tstr(pkg.source, 'url'),
      );
    const list: unknown = Array.isArray(pkg.files) ? pkg.files : oldFiles[name];
    const { hashes, bad } = prefixedHashes(Array.isArray(list) ? list : [], (f) => tstr(f, 'file'));
    const index = type === 'legacy' ? tstr(pkg.source, 'url') : undefined;
    return registryEntry(file, line, name, version, hashes, index, bad);
  });
  return {
    path: file,
    format: `poetry.lock ${lockVersion}`,
    ecosystem: 'pypi',
    entries,
    notes: [],
  };
}

/** `pylock.toml` (PEP 751, lock-version 1.0): `[[packages]]` with `wheels`, `sdist`, `vcs`, `directory`, `archive`. */
export function parsePylock(file: string, text: string): Lockfile {
  const doc = parseTomlDoc(file, text);
  const lockVersion = tstr(doc.value, 'lock-version');
  if (lockVersion === undefined || !/^1\.\d+$/.test(lockVersion))
    throw lockfileError(file, 1, `lock-version ${JSON.stringify(lockVersion ?? null)} is not 1.x`);
  const entries = packageTables(file, doc, 'packages').map(({ pkg, line, name, version }) => {
    if (isTable(pkg.vcs)) return otherEntry(file, line, name, version, 'git', tstr(pkg.vcs, 'url'));
    if (isTable(pkg.directory))
      return otherEntry(file, line, name, version, 'directory', tstr(pkg.directory, 'path'));
    if (isTable(pkg.archive)) {
      const url = tstr(pkg.archive, 'url');
      return otherEntry(
        file,
        line,
        name,
        version,
        url === undefined ? 'file' : 'tarball',
        url ?? tstr(pkg.archive, 'path'),
      );
    }
    const files = [
      ...(isTable(pkg.sdist) ? [pkg.sdist] : []),
      ...(Array.isArray(pkg.wheels) ? (pkg.wheels as unknown[]) : []),
    ];
    const fileName = (f: unknown): string =>
      tstr(f, 'name') ?? fileNameOf(tstr(f, 'url') ?? tstr(f, 'path') ?? '');
    const { hashes, bad } = fileHashes(
      files,
      (f) => {
        const sha256 = isTable(f) ? tstr(f.hashes, 'sha256') : undefined;
        return sha256 === undefined ? undefined : hashFromPrefixed(`sha256:${sha256}`, fileName(f));
      },
      (f) => `file ${JSON.stringify(fileName(f))} has no sha256 hash`,
    );
    return registryEntry(file, line, name, version, hashes, tstr(pkg, 'index'), bad);
  });
  return {
    path: file,
    format: `pylock.toml ${lockVersion}`,
    ecosystem: 'pypi',
    entries,
    notes: [],
  };
}

/**
 * `requirements.txt` as pip-compile writes it for `--require-hashes`: `name==version` with
 * `--hash=sha256:…` options, `\` continuations, comments and environment markers. pip's format
 * has no maintained JavaScript parser that keeps `--hash` options (pip-requirements-js drops
 * them), so this small line reader follows pip's documented rules. Anything that does not pin
 * one version is a problem of its entry; `-r`/`-c` includes are listed, not followed.
 */
export function parseRequirements(file: string, text: string): Lockfile {
  const entries: LockEntry[] = [];
  const notes: string[] = [];
  for (const { line, text: logical } of logicalLines(text)) {
    const body = logical.replace(/(^|\s)#.*$/, '').trim();
    if (body === '') continue;
    const include = /^(-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(body);
    if (include !== null) {
      notes.push(
        `${file}:${line}: ${include[2] ?? ''} is not followed; give it as a lockfile of its own`,
      );
      continue;
    }
    const editable = /^(-e|--editable)(?:\s+|=)(\S+)/.exec(body);
    if (editable !== null) {
      const target = editable[2] ?? '';
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(target)?.[1] ?? fileNameOf(target);
      entries.push(
        otherEntry(
          file,
          line,
          egg,
          undefined,
          /^(git|hg|svn|bzr)\+/.test(target) ? 'git' : 'directory',
          target,
        ),
      );
      continue;
    }
    if (body.startsWith('-')) continue; // global options: --index-url, --find-links, --require-hashes, ...
    const [spec, options] = splitOptions(body);
    const hashes: LockHash[] = [];
    let bad: string | undefined;
    for (const opt of options) {
      const m = /^--hash(?:=|\s+)(\S+)$/.exec(opt);
      if (m === null) continue;
      const hash = hashFromPrefixed(m[1] ?? '');
      if (hash === undefined) bad = `--hash ${JSON.stringify(m[1])} is not sha256/384/512:HEX`;
      else hashes.push(hash);
    }
    const requirement = spec.replace(/;.*$/, '').trim();
    const url = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*@\s*(\S+)$/.exec(requirement);
    if (url !== null) {
      const target = url[2] ?? '';
      entries.push(
        otherEntry(
          file,
          line,
          url[1] ?? '',
          undefined,
          /^(git|hg|svn|bzr)\+/.test(target) ? 'git' : /^file:/.test(target) ? 'file' : 'tarball',
          target,
        ),
      );
      continue;
    }
    if (/^(\.{0,2}\/|[a-z]+:\/\/)/i.test(requirement)) {
      entries.push(
        otherEntry(
          file,
          line,
          fileNameOf(requirement),
          undefined,
          /^https?:/.test(requirement) ? 'tarball' : 'file',
          requirement,
        ),
      );
      continue;
    }
    const pinned =
      /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)$/.exec(
        requirement,
      );
    if (pinned === null) {
      const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(requirement)?.[0] ?? requirement;
      entries.push(
        registryEntry(
          file,
          line,
          name,
          undefined,
          hashes,
          undefined,
          `${JSON.stringify(requirement)} does not pin one version (NAME==VERSION)`,
        ),
      );
      continue;
    }
    entries.push(registryEntry(file, line, pinned[1] ?? '', pinned[2], hashes, undefined, bad));
  }
  return { path: file, format: 'requirements.txt', ecosystem: 'pypi', entries, notes };
}

/** Join `\`-continued lines; each logical line keeps the number of its first physical line. */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const continued = /\\$/.test(raw);
    const part = continued ? raw.slice(0, -1) : raw;
    if (current === undefined) current = { line: i + 1, text: part };
    else current.text += ` ${part}`;
    if (!continued) {
      out.push(current);
      current = undefined;
    }
  });
  if (current !== undefined) out.push(current);
  return out;
}

/** The requirement, then its per-requirement options (`--hash=…`). */
function splitOptions(body: string): [string, string[]] {
  const at = body.search(/\s--[a-z]/);
  if (at < 0) return [body, []];
  const options = body
    .slice(at)
    .trim()
    .split(/\s+(?=--)/)
    .map((o) => o.trim());
  return [body.slice(0, at), options];
}
