/**
 * Wall time and CPU time of a pass: the whole process (every thread) and the main thread alone
 * (Linux: /proc/self/task/PID/stat; elsewhere NaN). On a shared machine wall time says how busy
 * the other tenants were; CPU time says what the work cost, and main-thread CPU bounds what a
 * pool can reach (the main thread reads, matches and evaluates every file).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export type Spent = { readonly ms: number; readonly cpuMs: number; readonly mainCpuMs: number };

const TICK_MS = 10; // USER_HZ 100 (getconf CLK_TCK)

function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

export function startClock(): () => Spent {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const main = mainThreadCpuMs();
  return () => {
    const used = process.cpuUsage(cpu);
    return {
      ms: performance.now() - wall,
      cpuMs: (used.user + used.system) / 1000,
      mainCpuMs: mainThreadCpuMs() - main,
    };
  };
}

/**
 * How many cores this process gets right now: `threads` worker threads hash for `ms` and the
 * CPU time they got is divided by the wall time (2.0 on an idle 2-core machine). A pool cannot
 * beat one thread by more than this.
 */
export async function parallelCapacity(threads = 2, ms = 1500): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const code = `const c=require('node:crypto');let x=Buffer.alloc(64);const e=Date.now()+${ms};while(Date.now()<e)x=c.createHash('sha256').update(x).digest();`;
  const stop = startClock();
  await Promise.all(
    Array.from(
      { length: threads },
      () => new Promise((done) => new Worker(code, { eval: true }).on('exit', done)),
    ),
  );
  const spent = stop();
  return spent.cpuMs / spent.ms;
}
