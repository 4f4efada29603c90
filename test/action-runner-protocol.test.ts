// src/action/runner.ts speaks the runner protocol as @actions/core 3.0.1 does: each function is
// run beside the toolkit's on the same arguments and must write the same bytes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as toolkit from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../src/action/runner.js';

/** What `fn` writes to stdout. */
function stdoutOf(fn: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const MESSAGES = [
  '',
  'plain',
  '100% done',
  'two\nlines',
  'crlf\r\nline',
  '%0A is not a newline',
  'a: b, c',
  '::error::injected',
  'ünïcødé ✓ 🚀 \u2028 separators',
  'trailing %',
];

const PROPERTIES: runner.AnnotationProperties[] = [
  {},
  { title: 'verify-provenance: SIGNER_MISMATCH' },
  { title: 'colon: comma, percent% newline\nend' },
  { title: undefined },
  { title: '' },
  { title: 'deps', file: 'package-lock.json', startLine: 12 },
  { file: 'a,b:c.json', startLine: 0 },
  { title: 't', file: 'f', startLine: 1, endLine: 2, startColumn: 3, endColumn: 4 },
  { title: 'ünï:cødé,🚀' },
];

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

describe('annotations and log commands: the same bytes as @actions/core', () => {
  it('error, warning and notice, with every mix of message and properties', () => {
    let compared = 0;
    for (const message of MESSAGES)
      for (const properties of PROPERTIES) {
        expect(stdoutOf(() => runner.error(message, properties))).toBe(
          stdoutOf(() => toolkit.error(message, properties)),
        );
        expect(stdoutOf(() => runner.warning(message, properties))).toBe(
          stdoutOf(() => toolkit.warning(message, properties)),
        );
        expect(stdoutOf(() => runner.annotate('notice', message, properties))).toBe(
          stdoutOf(() => toolkit.notice(message, properties)),
        );
        compared += 3;
      }
    expect(compared).toBe(MESSAGES.length * PROPERTIES.length * 3);
  });

  it('without properties', () => {
    for (const message of MESSAGES)
      expect(stdoutOf(() => runner.error(message))).toBe(stdoutOf(() => toolkit.error(message)));
  });

  it('the escapes: data %, CR, LF; properties also : and ,', () => {
    expect(runner.escapeData('%\r\n:,')).toBe('%25%0D%0A:,');
    expect(runner.escapeProperty('%\r\n:,')).toBe('%25%0D%0A%3A%2C');
    // A message cannot start a second command on a new line.
    expect(stdoutOf(() => runner.error('x\n::set-output name=verified::true'))).toBe(
      '::error::x%0A::set-output name=verified::true\n',
    );
    expect(stdoutOf(() => runner.error('m', { title: 'a,line=1:b' }))).toBe(
      '::error title=a%2Cline=1%3Ab::m\n',
    );
  });

  it('info, groups and setFailed', () => {
    for (const message of MESSAGES) {
      expect(stdoutOf(() => runner.info(message))).toBe(stdoutOf(() => toolkit.info(message)));
      expect(stdoutOf(() => runner.startGroup(message))).toBe(
        stdoutOf(() => toolkit.startGroup(message)),
      );
    }
    expect(stdoutOf(() => runner.endGroup())).toBe(stdoutOf(() => toolkit.endGroup()));
    const ours = stdoutOf(() => runner.setFailed('not verified: a\nb'));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(stdoutOf(() => toolkit.setFailed('not verified: a\nb')));
    expect(process.exitCode).toBe(1);
  });
});

describe('inputs: INPUT_<NAME> as @actions/core reads them', () => {
  it('spaces to underscores, upper case, hyphens kept, untrimmed, empty when unset', () => {
    process.env['INPUT_SUBJECT-PATH'] = '  a.tgz\n b.tgz \n';
    process.env.INPUT_MY_INPUT = 'x';
    process.env['INPUT_ÜNÏ'] = 'ü';
    for (const name of ['subject-path', 'Subject-Path', 'my input', 'üNï', 'unset-input'])
      expect(runner.getInput(name)).toBe(toolkit.getInput(name, { trimWhitespace: false }));
    expect(runner.getInput('subject-path')).toBe('  a.tgz\n b.tgz \n');
    expect(runner.getInput('my input')).toBe('x');
    expect(runner.getInput('unset-input')).toBe('');
  });
});

/** The runner's reading of GITHUB_OUTPUT: `name<<DELIM`, lines, `DELIM`. */
function readOutputs(text: string): [string, string][] {
  const lines = text.split('\n');
  const out: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out.push([m[1] ?? '', value.join('\n')]);
  }
  return out;
}

describe('outputs: GITHUB_OUTPUT heredocs with a fresh random delimiter', () => {
  const VALUES = ['', 'true', 'a,b', 'multi\nline\nvalue', 'ünïcødé 🚀', '%0A', 'x<<EOF', 'EOF'];

  it('the same file as @actions/core, but for the random delimiter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-runner-'));
    const ours = join(dir, 'ours');
    const theirs = join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    VALUES.forEach((value, i) => {
      process.env.GITHUB_OUTPUT = ours;
      runner.setOutput(`out-${i}`, value);
      process.env.GITHUB_OUTPUT = theirs;
      toolkit.setOutput(`out-${i}`, value);
    });
    const delimiters = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
    const written = readFileSync(ours, 'utf8');
    expect(delimiters(written)).toBe(delimiters(readFileSync(theirs, 'utf8')));
    expect(readOutputs(written)).toEqual(VALUES.map((v, i) => [`out-${i}`, v]));
    // A fresh delimiter every time.
    const used = written.match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
    expect(used.length).toBe(VALUES.length * 2);
    expect(new Set(used).size).toBe(VALUES.length);
  });

  it('a name or value holding the delimiter is refused, as by @actions/core', () => {
    const uuid = '01234567-89ab-cdef-0123-456789abcdef';
    const delimiter = `ghadelimiter_${uuid}`;
    expect(runner.keyValueMessage('verified', 'true', uuid)).toBe(
      `verified<<${delimiter}\ntrue\n${delimiter}`,
    );
    expect(() =>
      runner.keyValueMessage('verified', `false\n${delimiter}\nverified<<X\ntrue`, uuid),
    ).toThrow(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    expect(() => runner.keyValueMessage(`a${delimiter}`, 'v', uuid)).toThrow(
      `Unexpected input: name should not contain the delimiter "${delimiter}"`,
    );
  });

  it('no GITHUB_OUTPUT: the ::set-output command; a GITHUB_OUTPUT that is missing throws', () => {
    delete process.env.GITHUB_OUTPUT;
    expect(stdoutOf(() => runner.setOutput('failed-checks', 'A,B\nC'))).toBe(
      stdoutOf(() => toolkit.setOutput('failed-checks', 'A,B\nC')),
    );
    process.env.GITHUB_OUTPUT = join(tmpdir(), 'vp-runner-no-such-dir', 'output');
    expect(() => runner.setOutput('verified', 'false')).toThrow(
      `Missing file at path: ${process.env.GITHUB_OUTPUT}`,
    );
    expect(() => toolkit.setOutput('verified', 'false')).toThrow(
      `Missing file at path: ${process.env.GITHUB_OUTPUT}`,
    );
  });
});

describe('step summary: appended to GITHUB_STEP_SUMMARY', () => {
  it('the same bytes as core.summary.addRaw(text).write(), appended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-runner-'));
    const ours = join(dir, 'ours.md');
    const theirs = join(dir, 'theirs.md');
    writeFileSync(ours, 'before\n');
    writeFileSync(theirs, 'before\n');
    for (const text of ['## verify-provenance\n', '| a | ü 🚀 |\n', 'no newline']) {
      process.env.GITHUB_STEP_SUMMARY = ours;
      await runner.appendSummary(text);
      process.env.GITHUB_STEP_SUMMARY = theirs;
      await toolkit.summary.addRaw(text).write();
    }
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
    expect(readFileSync(ours, 'utf8')).toBe(
      'before\n## verify-provenance\n| a | ü 🚀 |\nno newline',
    );
  });

  it('unset or inaccessible: the same errors', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(runner.appendSummary('x')).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY',
    );
    const missing = join(tmpdir(), 'vp-runner-no-such-dir', 'summary.md');
    process.env.GITHUB_STEP_SUMMARY = missing;
    const message = `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`;
    await expect(runner.appendSummary('x')).rejects.toThrow(message);
    // The toolkit's one Summary remembers the first path it wrote to; ours reads it each time.
    (toolkit.summary as unknown as { _filePath?: string })._filePath = undefined;
    await expect(toolkit.summary.addRaw('x').write()).rejects.toThrow(message);
    toolkit.summary.emptyBuffer();
  });
});
