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
