/**
 * Markdown for untrusted text. Everything a bundle carries may be hostile: it is escaped so it
 * renders as the literal text it is, never as a link, image, HTML, heading or table cell break.
 */
const MAX_CELL = 400;

export function mdText(value: string, max: number = MAX_CELL): string {
  const cut =
    value.length > max
      ? `${Array.from(value.slice(0, max + 1))
          .slice(0, max)
          .join('')}…`
      : value;
  return cut
    .replace(HIDDEN, (ch) => (/[\t\n\r]/.test(ch) ? ' ' : `U+${hex(ch)}`))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~:]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ');
}

/** Text in a monospace span; the content is escaped the same way. */
export function mdCode(value: string, max: number = MAX_CELL): string {
  return `<code>${mdText(value, max)}</code>`;
}

const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~%/=?-]*)?$/;

/** A link only for a plain https URL; anything else is shown as text. */
export function mdLink(text: string, url: string | undefined): string {
  if (url === undefined || url.length > 2000 || !SAFE_URL.test(url)) return mdText(text);
  return `[${mdText(text)}](${url})`;
}

export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** Control, format (bidi overrides, zero-width) and line/paragraph separator characters. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

function hex(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
