import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { lockfileError } from '../entries.js';

export type YamlTree = {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
};

/**
 * Parse YAML keeping positions. Every scalar stays a string (the failsafe schema: `1.10` is not
 * the number 1.1), keys must be unique, and any error is refused with its line.
 */
export function parseYamlTree(file: string, text: string): YamlTree {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    schema: 'failsafe',
    prettyErrors: false,
  });
  const first = doc.errors[0];
  if (first !== undefined)
    throw lockfileError(file, lines.linePos(first.pos[0]).line, `not valid YAML (${first.code})`);
  return { doc, lines };
}

/** The entries of a mapping: key text, the plain JS value, and the key's line. */
export function mapEntries(
  node: unknown,
  tree: YamlTree,
): { key: string; value: unknown; line: number }[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    const key = pair.key;
    if (!isScalar(key)) return [];
    const value: unknown =
      isMap(pair.value) || !isScalar(pair.value) ? pair.value : pair.value.value;
    return [{ key: String(key.value), value, line: tree.lines.linePos(key.range?.[0] ?? 0).line }];
  });
}

/** A node's plain JS value (maps to objects, scalars to strings). */
export function plain(node: unknown): unknown {
  if (node !== null && typeof node === 'object' && 'toJSON' in node)
    return (node as { toJSON(): unknown }).toJSON();
  return node;
}

export function str(obj: unknown, key: string): string | undefined {
  if (obj === null || typeof obj !== 'object') return undefined;
  const v = (obj as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}
