/**
 * Untrusted text made safe for a terminal or a CI log: control characters (ANSI escapes, line
 * breaks that could start a `::workflow-command::` line), bidi overrides and zero-width
 * characters are shown as `\u{…}` instead of acting.
 */
export function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
    (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

/** Every string inside a JSON-like value made printable (the value is not modified). */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => printableDeep(v)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [printable(k), printableDeep(v)]),
    ) as T;
  return value;
}
