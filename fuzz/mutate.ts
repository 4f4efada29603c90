// Deterministic input generation for the fuzz harness: a seeded PRNG, byte-level mutators,
// JSON-structure mutators (which reach the layers behind the JSON: base64, DER, payloads) and
// inputs generated from nothing.

/** mulberry32: small, fast, reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const int = (r: Rng, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

const INTERESTING = [
  0x00, 0xff, 0x7f, 0x80, 0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x30, 0x39, 0x2d, 0x2e,
  0x0a, 0x20,
];

/** One to four byte-level edits. */
export function mutateBytes(r: Rng, input: Buffer, other: Buffer): Buffer {
  let b = Buffer.from(input);
  for (let n = 1 + int(r, 4); n > 0; n--) {
    if (b.length === 0) return Buffer.from([int(r, 256)]);
    const at = int(r, b.length);
    switch (int(r, 8)) {
      case 0:
        b[at] = (b[at] ?? 0) ^ (1 << int(r, 8));
        break;
      case 1:
        b[at] = pick(r, INTERESTING);
        break;
      case 2:
        b = Buffer.concat([b.subarray(0, at), Buffer.from([int(r, 256)]), b.subarray(at)]);
        break;
      case 3:
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + int(r, 16)))]);
        break;
      case 4: {
        const len = 1 + int(r, 64);
        b = Buffer.concat([
          b.subarray(0, at + len),
          b.subarray(at, at + len),
          b.subarray(at + len),
        ]);
        break;
      }
      case 5:
        b = b.subarray(0, at);
        break;
      case 6: {
        const from = int(r, Math.max(1, other.length));
        b = Buffer.concat([
          b.subarray(0, at),
          other.subarray(from, from + 1 + int(r, 128)),
          b.subarray(at),
        ]);
        break;
      }
      default:
        b[at] = int(r, 256);
    }
  }
  return b;
}

type J = null | boolean | number | string | J[] | { [k: string]: J };

/** A random JSON value, shallow by default. */
export function randomJson(r: Rng, depth = 0): J {
  switch (int(r, depth > 3 ? 6 : 8)) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return pick(r, [0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, Number.MIN_VALUE]);
    case 3:
      return pick(r, [
        '',
        'x',
        'https://slsa.dev/provenance/v1',
        'sha256',
        '__proto__',
        'refs/tags/v1.2.3',
        '\u0000',
        '\uD800',
        'A'.repeat(int(r, 2000)),
      ]);
    case 4:
      return Buffer.from(Array.from({ length: int(r, 48) }, () => int(r, 256))).toString('base64');
    case 5:
      return String(int(r, 1e9));
    case 6:
      return Array.from({ length: int(r, 4) }, () => randomJson(r, depth + 1));
    default: {
      const o: Record<string, J> = {};
      for (let i = int(r, 4); i > 0; i--)
        o[
          pick(r, [
            'a',
            'mediaType',
            'subject',
            'digest',
            'sha256',
            'payload',
            'predicate',
            'rawBytes',
            'logIndex',
          ])
        ] = randomJson(r, depth + 1);
      return o;
    }
  }
}

export type JsonPath = (string | number)[];

/** Every path in a JSON value, the root (`[]`) first, then depth-first. */
export function jsonPaths(v: unknown, p: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(p);
  if (Array.isArray(v)) v.forEach((x, i) => jsonPaths(x, [...p, i], out));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) jsonPaths(x, [...p, k], out);
  return out;
}

export function valueAt(v: unknown, p: JsonPath): unknown {
  return p.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], v);
}

/** One structural edit of a JSON document; base64 strings are decoded, byte-mutated, re-encoded. */
export function mutateJson(r: Rng, doc: J, other: Buffer): string {
  const copy = structuredClone(doc);
  const all = jsonPaths(copy);
  const path = pick(r, all);
  const value = valueAt(copy, path) as J;
  const parent =
    path.length === 0
      ? undefined
      : (valueAt(copy, path.slice(0, -1)) as Record<string | number, J>);
  const key = path[path.length - 1];
  const put = (v: J): void => {
    if (parent === undefined || key === undefined) return;
    parent[key] = v;
  };
  const choice = int(r, 10);
  if (
    typeof value === 'string' &&
    value.length >= 8 &&
    /^[A-Za-z0-9+/]+=*$/.test(value) &&
    choice < 5
  ) {
    put(mutateBytes(r, Buffer.from(value, 'base64'), other).toString('base64'));
  } else if (choice === 5 && parent !== undefined && key !== undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (choice === 6 && typeof value === 'string') {
    put(
      `${value.slice(0, int(r, value.length + 1))}${pick(r, ['', 'x', '/', '@', '\u212A', '.', '"'])}${value.slice(int(r, value.length + 1))}`,
    );
  } else if (choice === 7 && Array.isArray(value)) {
    const items = value.length > 0 ? value : [randomJson(r)];
    put(Array.from({ length: pick(r, [0, 2, 33, 200]) }, (_, i) => items[i % items.length] as J));
  } else if (choice === 8) {
    // A duplicate key, added textually (JSON.stringify cannot write one).
    const text = JSON.stringify(copy);
    const keyText = typeof key === 'string' ? key : 'subject';
    return text.replace(/^\{/, `{${JSON.stringify(keyText)}:${JSON.stringify(randomJson(r))},`);
  } else {
    put(randomJson(r));
  }
  const text = JSON.stringify(copy, null, r() < 0.2 ? 2 : undefined);
  return text ?? 'null';
}

/** Deep nesting, for the depth limit. */
export function deepJson(r: Rng): string {
  const n = pick(r, [63, 64, 65, 1000, 100_000]);
  return `${'['.repeat(n)}${']'.repeat(n)}`;
}
