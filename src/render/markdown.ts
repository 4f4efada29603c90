/**
 * Markdown for untrusted text. Everything a bundle carries may be hostile: it is escaped so it
 * renders as the literal text it is, never as a link, image, HTML, heading or table cell break.
 */
const MAX_CELL = 400;

export function mdText(value: string, max: number = MAX_CELL): string {
  const visible = Array.from(value)
    .map((ch) =>
      isHidden(ch) ? `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}` : ch,
    )
    .join('');
  const cut = visible.length > max ? `${visible.slice(0, max)}…` : visible;
  return cut
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
  if (url === undefined || !SAFE_URL.test(url) || url.length > 2000) return mdText(text);
  return `[${mdText(text)}](${url})`;
}

export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** Control, format (bidi overrides, zero-width) and separator characters. */
function isHidden(ch: string): boolean {
  return /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch) && !/[\t\n\r ]/.test(ch);
}
