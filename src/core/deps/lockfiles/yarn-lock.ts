import { parseSyml } from '@yarnpkg/parsers';
import {
  hashesFromSri,
  isRegistryTarball,
  lockfileError,
  nonRegistryKind,
  NPM_VERSION,
  splitNameAt,
  type LockEntry,
  type LockHash,
  type Lockfile,
} from '../entries.js';

type Fields = Record<string, unknown>;

/**
 * `yarn.lock`, classic (v1) and berry (v2 and later), read by yarn's own parser
 * (`@yarnpkg/parsers`). That parser forgets lines and lets a repeated key win silently, so the
 * top-level keys are also located by line here, and a descriptor listed twice is refused.
 */
export function parseYarnLock(file: string, text: string): Lockfile {
  let parsed: Record<string, unknown>;
  try {
    parsed = parseSyml(text);
  } catch (err) {
    const line = /line (\d+)|\((\d+):\d+\)/.exec(err instanceof Error ? err.message : '');
    throw lockfileError(
      file,
      line ? Number(line[1] ?? line[2]) : undefined,
      'not a valid yarn.lock',
    );
  }
  const keys = keyLines(file, text);
  const berry = isObject(parsed.__metadata);
  const entries: LockEntry[] = [];
  for (const { descriptors, line } of keys) {
    if (descriptors[0] === '__metadata') continue;
    const fields = parsed[berry ? descriptors.join(', ') : (descriptors[0] ?? '')];
    if (!isObject(fields)) throw lockfileError(file, line, 'entry not found by the parser');
    entries.push(
      berry
        ? berryEntry(file, line, descriptors, fields)
        : classicEntry(file, line, descriptors, fields),
    );
  }
  const parsedCount = Object.keys(parsed).filter((k) => k !== '__metadata').length;
  const scanned = berry ? entries.length : keys.reduce((n, k) => n + k.descriptors.length, 0);
  if (parsedCount !== scanned)
    throw lockfileError(
      file,
      undefined,
      `${parsedCount} entries parsed but ${scanned} key lines found`,
    );
  const metadata = berry ? (parsed.__metadata as Fields) : {};
  const format = berry
    ? `yarn.lock (berry, v${typeof metadata.version === 'string' ? metadata.version : '?'})`
    : 'yarn.lock (classic v1)';
  return { path: file, format, ecosystem: 'npm', entries, notes: [] };
}

function isObject(v: unknown): v is Fields {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Top-level keys (`"a@^1", a@^2:` in classic, `"a@npm:^1, a@npm:^2":` in berry) and their lines. */
function keyLines(file: string, text: string): { descriptors: string[]; line: number }[] {
  const out: { descriptors: string[]; line: number }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw === '' || /^[\s#]/.test(raw)) return;
    const m = /^(.*?):\s*$/.exec(raw);
    if (m === null) throw lockfileError(file, i + 1, 'a top-level line that is not an entry key');
    const descriptors = splitKey(m[1] ?? '')
      .flatMap((item) => item.split(/,\s*/))
      .map((d) => d.trim())
      .filter((d) => d !== '');
    for (const d of descriptors) {
      if (seen.has(d)) throw lockfileError(file, i + 1, `${JSON.stringify(d)} is listed twice`);
      seen.add(d);
    }
    out.push({ descriptors, line: i + 1 });
  });
  return out;
}

/** `"a", b, "c"` → items; quoted items are JSON strings. */
function splitKey(key: string): string[] {
  const items: string[] = [];
  let rest = key.trim();
  while (rest !== '') {
    if (rest.startsWith('"')) {
      const end = /^"(?:[^"\\]|\\.)*"/.exec(rest);
      if (end === null) return [key];
      items.push(JSON.parse(end[0]) as string);
      rest = rest.slice(end[0].length).replace(/^\s*,\s*/, '');
    } else {
      const comma = rest.indexOf(',');
      items.push(comma < 0 ? rest : rest.slice(0, comma));
      rest = comma < 0 ? '' : rest.slice(comma + 1).trim();
    }
  }
  return items;
}

/** Classic: `version`, `resolved` (tarball URL `#sha1`), `integrity` (SRI, yarn >= 1.10). */
function classicEntry(
  file: string,
  line: number,
  descriptors: string[],
  fields: Fields,
): LockEntry {
  const first = splitNameAt(descriptors[0] ?? '');
  if (first === undefined)
    throw lockfileError(file, line, `${JSON.stringify(descriptors[0])} is not NAME@RANGE`);
  const [installed, range] = first;
  let name = installed;
  if (range.startsWith('npm:')) name = splitNameAt(range.slice(4))?.[0] ?? range.slice(4);
  const version = typeof fields.version === 'string' ? fields.version : undefined;
  const resolved = typeof fields.resolved === 'string' ? fields.resolved : undefined;
  const integrity = typeof fields.integrity === 'string' ? fields.integrity : undefined;
  const base = {
    ecosystem: 'npm' as const,
    name,
    ...(name === installed ? {} : { alias: installed }),
    file,
    line,
    ...(resolved === undefined ? {} : { resolved }),
  };
  const rangeKind = range.startsWith('npm:') ? undefined : nonRegistryKind(range);
  const registry =
    rangeKind === undefined &&
    version !== undefined &&
    NPM_VERSION.test(version) &&
    resolved !== undefined &&
    isRegistryTarball(resolved, name, version);
  if (!registry)
    return {
      ...base,
      version,
      source:
        rangeKind ?? (resolved === undefined ? 'file' : (nonRegistryKind(resolved) ?? 'tarball')),
      hashes: [],
    };
  let hashes: LockHash[] | string;
  if (integrity !== undefined) hashes = hashesFromSri(integrity);
  else {
    const sha1 = /#([0-9a-f]{40})$/.exec(resolved ?? '')?.[1];
    hashes = sha1 === undefined ? 'no integrity is locked' : [{ algorithm: 'sha1', hex: sha1 }];
  }
  return {
    ...base,
    version,
    source: 'registry',
    hashes: typeof hashes === 'string' ? [] : hashes,
    ...(typeof hashes === 'string' ? { problem: hashes } : {}),
  };
}

/** Berry: `resolution: "name@npm:1.2.3"` (the real package, aliases resolved) and `checksum`. */
function berryEntry(file: string, line: number, descriptors: string[], fields: Fields): LockEntry {
  const resolution = typeof fields.resolution === 'string' ? fields.resolution : '';
  const split = splitNameAt(resolution);
  if (split === undefined)
    throw lockfileError(
      file,
      line,
      `resolution ${JSON.stringify(resolution)} is not NAME@REFERENCE`,
    );
  const [name, reference] = split;
  const installed = splitNameAt(descriptors[0] ?? '')?.[0] ?? name;
  const base = {
    ecosystem: 'npm' as const,
    name,
    ...(installed === name ? {} : { alias: installed }),
    resolved: resolution,
    file,
    line,
  };
  if (reference.startsWith('npm:')) {
    const version = reference.slice(4).replace(/::.*$/, '');
    return {
      ...base,
      version,
      source: 'registry',
      hashes: [],
      hashNote:
        "yarn berry locks the checksum of its own archive, not of the registry's tarball: the registry's integrity is what is verified",
      ...(NPM_VERSION.test(version)
        ? {}
        : { problem: `version ${JSON.stringify(version)} is not exact` }),
    };
  }
  return { ...base, version: undefined, source: nonRegistryKind(reference) ?? 'file', hashes: [] };
}
