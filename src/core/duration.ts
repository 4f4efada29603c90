import { UsageError } from './errors.js';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
const DURATION = /^(\d{1,9})(ms|s|m|h)$/;

/** `500ms`, `30s`, `2m`, `1h` → milliseconds. A unit is required: `30` is ambiguous. */
export function parseDuration(value: string, name: string): number {
  const m = DURATION.exec(value.trim());
  if (m === null)
    throw new UsageError(
      `${name} must be a duration such as 30s, 2m or 500ms, got ${JSON.stringify(value)}`,
    );
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}
