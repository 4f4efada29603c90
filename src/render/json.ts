import type { VerificationResult } from '../core/report.js';

export function renderJson(result: VerificationResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
