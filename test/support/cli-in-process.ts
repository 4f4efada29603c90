// The CLI's main() in this process: what a test that also serves HTTP needs (no child process).
import { main } from '../../src/cli/main.js';

export type InProcessRun = { code: number; stdout: string; stderr: string };

export async function runCliInProcess(
  argv: string[],
  env: Record<string, string | undefined> = {},
): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    isTTY: false,
  });
  return { code, stdout, stderr };
}
