import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who a process is, beyond its pid: pids are reused (after a reboot, or pid 1 in every container),
 * so the host, the boot and the process's start time (Linux: clock ticks after boot, from
 * /proc/<pid>/stat) tell one run of a program from another with the same pid. Elsewhere the start
 * time is unknown (null) and the pid alone decides.
 */
export interface ProcessIdentity {
  pid: number;
  host: string;
  startedAt: string | null;
  bootId: string | null;
}

export function currentProcess(): ProcessIdentity {
  return { pid: process.pid, host: hostname(), startedAt: startTimeOf(process.pid), bootId: bootId() };
}

/**
 * Whether the process a record names still runs. A process on another host cannot be checked, so
 * it counts as running: two machines sharing one data directory must never both open it.
 */
export function isRunning(owner: ProcessIdentity): boolean {
  if (owner.host !== hostname()) return true;
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (owner.startedAt === null) return true;
  const started = startTimeOf(owner.pid);
  return started === null || started === owner.startedAt;
}

function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid ...": the command may hold spaces and parentheses, so read after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 of the whole line: starttime
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null;
  }
}
