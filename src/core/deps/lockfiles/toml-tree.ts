import { getStaticTOMLValue, ParseError, parseTOML } from 'toml-eslint-parser';
import { lockfileError } from '../entries.js';

export type TomlDoc = {
  readonly value: Record<string, unknown>;
  /** The header line of each `[[NAME]]` table, by index. */
  readonly tableLine: (name: string, index: number) => number;
};

/**
 * Parse a TOML lockfile with toml-eslint-parser (TOML 1.0, with positions), so every
 * `[[package]]` entry knows the line of its header. Repeated keys are a parse error in TOML.
 */
export function parseTomlDoc(file: string, text: string): TomlDoc {
  let ast: ReturnType<typeof parseTOML>;
  try {
    ast = parseTOML(text);
  } catch (err) {
    if (err instanceof ParseError)
      throw lockfileError(file, err.lineNumber, `not valid TOML (${err.message})`);
    throw err;
  }
  const value = getStaticTOMLValue(ast) as Record<string, unknown>;
  const lines = new Map<string, number>();
  for (const node of ast.body[0]?.body ?? []) {
    if (node.type === 'TOMLTable' && node.kind === 'array' && node.resolvedKey.length === 2)
      lines.set(
        `${String(node.resolvedKey[0])}\u0000${String(node.resolvedKey[1])}`,
        node.loc.start.line,
      );
    if (node.type === 'TOMLKeyValue' && node.key.keys.length === 1) {
      const k = node.key.keys[0];
      const name = k?.type === 'TOMLBare' ? k.name : k?.value;
      if (node.value.type === 'TOMLArray')
        node.value.elements.forEach((el, i) =>
          lines.set(`${String(name)}\u0000${i}`, el.loc.start.line),
        );
    }
  }
  return { value, tableLine: (name, index) => lines.get(`${name}\u0000${index}`) ?? 1 };
}

export function isTable(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function tstr(obj: unknown, key: string): string | undefined {
  if (!isTable(obj)) return undefined;
  const v = obj[key];
  return typeof v === 'string' ? v : undefined;
}
