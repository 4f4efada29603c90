import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lockfileError } from '../entries.js';

/** Offsets → 1-based line numbers, by binary search over the line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** A parsed JSON document that still knows where each key is. */
export type JsonTree = { readonly root: Node; readonly lines: LineIndex };

/**
 * Parse a JSON lockfile keeping positions (jsonc-parser's syntax tree). `jsonc` allows comments
 * and trailing commas (bun.lock); otherwise the text must be plain JSON as npm writes it.
 * Duplicate keys anywhere are refused: readers disagree on which one counts.
 */
export function parseJsonTree(file: string, text: string, jsonc: boolean): JsonTree {
  const errors: ParseError[] = [];
  const lines = new LineIndex(text);
  const root = parseTree(text, errors, {
    allowTrailingComma: jsonc,
    disallowComments: !jsonc,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first !== undefined || root === undefined)
    throw lockfileError(
      file,
      first === undefined ? undefined : lines.line(first.offset),
      `not valid ${jsonc ? 'JSONC' : 'JSON'}${first === undefined ? '' : ` (${printParseErrorCode(first.error)})`}`,
    );
  refuseDuplicates(file, root, lines);
  return { root, lines };
}

function refuseDuplicates(file: string, node: Node, lines: LineIndex): void {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.type === 'object') {
      const seen = new Set<string>();
      for (const prop of n.children ?? []) {
        const key = prop.children?.[0];
        const k = String(key?.value);
        if (seen.has(k) || k === '__proto__')
          throw lockfileError(
            file,
            lines.line(key?.offset ?? 0),
            `key ${JSON.stringify(k)} appears twice`,
          );
        seen.add(k);
      }
    }
    for (const child of n.children ?? []) stack.push(child);
  }
}

/** The properties of an object node: key, value node and the key's line. */
export function members(
  node: Node | undefined,
  lines: LineIndex,
): { key: string; value: Node; line: number }[] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).flatMap((prop) => {
    const [key, value] = prop.children ?? [];
    return key === undefined || value === undefined
      ? []
      : [{ key: String(key.value), value, line: lines.line(key.offset) }];
  });
}

/** The value node of a property, or undefined. */
export function member(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (k?.value === key) return v;
  }
  return undefined;
}

/** A string property's value, or undefined when absent or not a string. */
export function stringAt(node: Node | undefined, key: string): string | undefined {
  const v = member(node, key);
  return v?.type === 'string' && typeof v.value === 'string' ? v.value : undefined;
}

export function booleanAt(node: Node | undefined, key: string): boolean {
  return member(node, key)?.value === true;
}
