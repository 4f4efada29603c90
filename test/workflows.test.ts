// The repository's own workflows: least privilege and third-party actions pinned by commit SHA.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

type Workflow = {
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>;
};

describe('.github/workflows', () => {
  it('has CI and the self-test', () => {
    expect(files.sort()).toEqual(['ci.yml', 'self-test.yml']);
  });

  it.each(files)(
    '%s: permissions {} by default; every action is local or pinned by SHA',
    (file) => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const wf = parse(text) as Workflow;
      expect(wf.permissions).toEqual({});
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses === undefined || step.uses.startsWith('./')) continue;
          expect(step.uses, file).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        }
      }
      // The version a SHA stands for is said beside it, for people and update tools.
      for (const line of text.split('\n').filter((l) => /uses: [^.]/.test(l)))
        expect(line).toMatch(/@[0-9a-f]{40} # v\d/);
    },
  );

  it('the self-test uses this action (./) and checks both a pass and a rejection', () => {
    const text = readFileSync(join(DIR, 'self-test.yml'), 'utf8');
    expect(text.match(/uses: \.\/\n/g)).toHaveLength(2);
    expect(text).toContain('test "$VERIFIED" = true');
    expect(text).toContain('test "$VERIFIED" = false');
  });
});
