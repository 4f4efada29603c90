// A short, fixed-seed run of the fuzz harness (`npm run fuzz` runs 1,000,000 inputs): every
// parser of untrusted input ends in a typed rejection or a clean parse, and no mutant verifies.
import { describe, expect, it } from 'vitest';
import { fuzz } from '../fuzz/run.js';

describe('fuzz smoke run', () => {
  it('6,000 generated and mutated inputs: no crash, no slow input, no mutant verified', () => {
    const report = fuzz(6000, 20261122);
    expect(
      report.findings.map((f) => `${f.kind} ${f.target}: ${f.message.split('\n')[0]}`),
    ).toEqual([]);
    expect(report.inputs).toBe(6000);
    // Every target really ran, and each both rejected and parsed some inputs.
    expect(Object.keys(report.byTarget)).toHaveLength(5);
    for (const [target, counts] of Object.entries(report.byTarget)) {
      expect(counts.rejected ?? 0, target).toBeGreaterThan(0);
      expect(counts.parsed ?? 0, target).toBeGreaterThan(0);
    }
  }, 120_000);
});
