// The reference in docs/ and the README's generated sections are what `npm run docs` makes from
// the code now (regenerated in memory, compared with the committed files); the README's
// troubleshooting names every reason code and only real ones; every verify-provenance command
// in the README's code blocks uses flags its command accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs, replaceSections } from '../scripts/docs.js';
import { COMMAND_OPTIONS } from '../src/cli/args.js';
import { FLAG_HELP, FOREIGN_FLAGS, LONG_ALIASES } from '../src/cli/flags.js';
import { COMMAND_DOCS, COMMANDS } from '../src/cli/help.js';
import { REASON_CODES } from '../src/core/codes.js';
import { REPO_ROOT } from './support/verify-helpers.js';

/** Flags a command parses only to refuse them with a reason (refuseFlags in its src/cli file). */
const REFUSED: Record<string, string[]> = {
  npm: ['bundle', 'from', 'subject-name'],
  pypi: ['bundle', 'from', 'subject-name'],
  release: ['from', 'rekor-url'],
};
const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');
const README = read('README.md');

describe('generated docs are current', () => {
  it('docs/cli.md, docs/reason-codes.md, docs/action-reference.md and README sections', async () => {
    const docs = await renderDocs();
    expect([...docs.keys()].sort()).toEqual([
      'README.md',
      'docs/action-reference.md',
      'docs/cli.md',
      'docs/reason-codes.md',
    ]);
    for (const [path, text] of docs) {
      let committed = '';
      try {
        committed = read(path);
      } catch {
        // missing: reported below
      }
      expect(committed === text, `${path} is not current: run npm run docs`).toBe(true);
    }
  });

  it('holds what the code says: every command, flag, alias, refused flag and code', () => {
    const cli = read('docs/cli.md');
    for (const command of COMMANDS) expect(cli).toContain(`## ${command}\n`);
    for (const [flag, help] of Object.entries(FLAG_HELP)) {
      expect(cli).toContain(`--${flag}`);
      expect(cli.replace(/\s+/g, ' ')).toContain(help.text.replace(/\|/g, '\\|'));
    }
    for (const alias of [...Object.keys(LONG_ALIASES), ...Object.keys(FOREIGN_FLAGS)])
      expect(cli).toContain(`\`--${alias}\``);
    const codes = read('docs/reason-codes.md');
    for (const code of Object.keys(REASON_CODES)) expect(codes).toMatch(new RegExp(`\`${code}\``));
  });

  it('the markers are found, and an edited generated section is noticed', () => {
    const edited = README.replace(/(<!-- exit-codes:start[^\n]*\n\n)/, '$1| 9 | invented |\n');
    expect(edited).not.toBe(README);
    // Regenerating replaces the whole section: the edit cannot survive.
    expect(replaceSections(edited, { 'exit-codes': 'x' })).not.toContain('invented');
    expect(() => replaceSections('no markers', { 'exit-codes': 'x' })).toThrow(/markers/);
  });

  it("documents every flag each command accepts in that command's help", () => {
    for (const command of COMMANDS) {
      const documented = new Set(COMMAND_DOCS[command]?.groups.flatMap((g) => g.flags));
      const accepted = Object.keys(COMMAND_OPTIONS[command] ?? {}).filter(
        (f) => !(REFUSED[command] ?? []).includes(f),
      );
      expect(
        accepted.filter((f) => !documented.has(f)),
        `${command}: flags missing from its help`,
      ).toEqual([]);
      expect(
        [...documented].filter((f) => (REFUSED[command] ?? []).includes(f)),
        `${command}: its help offers flags it refuses`,
      ).toEqual([]);
    }
  });
});

describe('README', () => {
  const section = (heading: string): string => {
    const from = README.indexOf(`\n## ${heading}`);
    expect(from, heading).toBeGreaterThan(0);
    const to = README.indexOf('\n## ', from + 4);
    return README.slice(from, to < 0 ? undefined : to);
  };

  it('has what the project asks of it, and links the docs that exist', () => {
    for (const heading of [
      'Install',
      'Quick start',
      'Set up and run (fresh clone)',
      'Recipes',
      'Coming from gh attestation verify, slsa-verifier, cosign or npm audit signatures',
      'CLI',
      'Troubleshooting by reason code',
      'GitHub Action',
      'Security: exactly what is checked, and how matching works',
    ])
      section(heading);
    expect(section('Set up and run (fresh clone)')).toContain('\nnpm test\n');
    for (const link of README.matchAll(/\]\((docs\/[a-z-]+\.md)[)#]/g)) {
      const path = link[1] ?? '';
      // docs/result.md (the JSON result's schema) is written with the schema itself.
      if (path !== 'docs/result.md') expect(() => read(path), path).not.toThrow();
    }
  });

  it('troubleshooting: every reason code, and only real ones', () => {
    const rows = section('Troubleshooting by reason code')
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    const named = rows.flatMap((row) => [
      ...(row.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g),
    ]);
    const codes = named.map((m) => m[1] ?? '');
    for (const code of codes) expect(Object.keys(REASON_CODES), code).toContain(code);
    expect(new Set(codes)).toEqual(new Set(Object.keys(REASON_CODES)));
  });

  it('"coming from": what it says is accepted, the same or refused is so in the flag tables', () => {
    const rows = section(
      'Coming from gh attestation verify, slsa-verifier, cosign or npm audit signatures',
    )
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| you ran') && !l.startsWith('| ---'));
    expect(rows.length).toBeGreaterThan(15);
    const kinds = { same: 0, accepted: 0, refused: 0 };
    for (const row of rows) {
      const [, theirs = '', ours = ''] = row.split(/(?<!\\)\|/).map((c) => c.trim());
      const flags = [...theirs.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1] ?? '');
      const known = (f: string) => Object.hasOwn(FLAG_HELP, f);
      if (ours.startsWith('the same flags')) {
        kinds.same++;
        for (const f of flags) expect(known(f), `${f}: ours`).toBe(true);
      } else if (ours.startsWith('accepted')) {
        kinds.accepted++;
        for (const f of flags)
          expect(known(f) || Object.hasOwn(LONG_ALIASES, f), `${f}: accepted`).toBe(true);
      } else if (ours.startsWith('refused')) {
        kinds.refused++;
        for (const f of flags) expect(Object.hasOwn(FOREIGN_FLAGS, f), `${f}: refused`).toBe(true);
      }
    }
    expect(kinds.same * kinds.accepted * kinds.refused).toBeGreaterThan(0);
  });

  it('every verify-provenance command in a code block uses flags its command accepts', () => {
    const commands: string[] = [];
    for (const block of README.matchAll(/```sh\n([\s\S]*?)```/g)) {
      const lines = (block[1] ?? '').replace(/\\\n\s*/g, ' ').split('\n');
      for (const line of lines) {
        const text = line.replace(/\s#.*$/, '').trim();
        const m = /^(?:npx )?(?:verify-provenance|node dist\/cli\/index\.js) (.*)$/.exec(text);
        if (m !== null) commands.push(m[1] ?? '');
      }
    }
    expect(commands.length).toBeGreaterThan(15);
    for (const command of commands) {
      const [name, ...args] = command.split(/\s+/);
      const options = COMMAND_OPTIONS[name ?? ''];
      expect(options, `${command}: a command`).toBeDefined();
      for (const arg of args) {
        if (arg === '>' || !arg.startsWith('-') || arg === '-') continue;
        if (arg.startsWith('--')) {
          const flag = arg.slice(2).split('=')[0] ?? '';
          const canonical = LONG_ALIASES[flag]?.to ?? flag;
          expect(Object.keys(options ?? {}), `${command}: ${arg}`).toContain(canonical);
        } else {
          const shorts = Object.values(options ?? {}).map((o) => o.short);
          expect(shorts, `${command}: ${arg}`).toContain(arg.slice(1));
        }
      }
    }
  });
});
