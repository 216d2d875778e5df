/**
 * Runs one command in its own child process (its own process group) and measures it:
 *   - wall time, from spawn to exit, in this process;
 *   - peak RSS of the whole child tree: every POLL_MS this process walks the tree (/proc/<pid>/task/<tid>/children)
 *     and sums VmRSS over it; the peak is the largest such sum, and never less than any single process's own
 *     high-water mark (VmHWM, read at each poll) nor, when GNU time is installed (/usr/bin/time), the maximum RSS it
 *     reports for the child (which covers the last moments between the final poll and the exit).
 * A run that exceeds its time limit is killed (the whole process group) and reported as timed out.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const POLL_MS = 20;
const GNU_TIME = "/usr/bin/time";
const KEEP_OUTPUT = 256 * 1024; // bytes of stdout/stderr kept (the end is dropped)

export interface RunResult {
  ok: boolean;
  /** The failure in one line (exit code, first error line, timeout), when !ok. */
  error?: string;
  wallMs: number;
  /** Peak RSS of the child tree, bytes. */
  peakRss: number;
  /** User + system CPU time of the tree (from GNU time; NaN without it), ms. */
  cpuMs: number;
  /** How many processes the tree had at most (the generator's own children included). */
  maxProcs: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Picks the line to report from a failed run's output. */
  firstError: (stdout: string, stderr: string) => string;
}

export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

function kib(status: string, key: string): number {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ")) if (c.trim()) out.push(Number(c));
    } catch {
      // the thread or process is gone
    }
  }
  return out;
}

/** The tree under `root` (root included unless `skipRoot`): pid → status text, for the processes still alive. */
function tree(root: number, skipRoot: boolean): Map<number, string> {
  const found = new Map<number, string>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (found.has(pid)) continue;
    let status = "";
    try {
      status = readFileSync(`/proc/${pid}/status`, "utf8");
    } catch {
      continue;
    }
    found.set(pid, status);
    queue.push(...children(pid));
  }
  if (skipRoot) found.delete(root);
  return found;
}

const keep = (chunks: Buffer[]): string => Buffer.concat(chunks).subarray(0, KEEP_OUTPUT).toString("utf8");

export function runMeasured(command: string, args: string[], opts: RunOptions): Promise<RunResult> {
  const useTime = hasGnuTime();
  const timeDir = useTime ? mkdtempSync(join(tmpdir(), "bench-time-")) : "";
  const timeFile = join(timeDir, "rusage.txt");
  const [cmd, argv] = useTime ? [GNU_TIME, ["-v", "-o", timeFile, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let peak = 0;
    let hwm = 0;
    let maxProcs = 0;
    let timedOut = false;
    let exitAt: number | undefined;
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    child.stdout.on("data", (b: Buffer) => {
      if (outLen < KEEP_OUTPUT) out.push(b);
      outLen += b.length;
    });
    child.stderr.on("data", (b: Buffer) => {
      if (errLen < KEEP_OUTPUT) err.push(b);
      errLen += b.length;
    });
    const poll = (): void => {
      if (child.pid === undefined) return;
      const procs = tree(child.pid, useTime); // the `time` wrapper itself is not the measured program
      let sum = 0;
      for (const status of procs.values()) {
        sum += kib(status, "VmRSS");
        hwm = Math.max(hwm, kib(status, "VmHWM"));
      }
      peak = Math.max(peak, sum);
      maxProcs = Math.max(maxProcs, procs.size);
    };
    const timer = setInterval(poll, POLL_MS);
    const limit = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL"); // the child's own process group (detached), nothing else
        } catch {
          // already gone
        }
      }
    }, opts.timeoutMs);
    let done = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error): void => {
      if (done) return;
      done = true;
      const wallMs = (exitAt ?? performance.now()) - t0;
      clearInterval(timer);
      clearTimeout(limit);
      let timeRss = 0;
      let cpuMs = Number.NaN;
      let exit = code;
      if (useTime) {
        try {
          const report = readFileSync(timeFile, "utf8");
          timeRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0) * 1024;
          const secs = (label: string): number => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(report)?.[1]);
          cpuMs = (secs("User") + secs("System")) * 1000;
          const status = /Exit status: (\d+)/.exec(report);
          if (status) exit = Number(status[1]);
          if (/Command terminated by signal/.test(report)) exit = exit || 128;
        } catch {
          // time was killed before writing
        }
        rmSync(timeDir, { recursive: true, force: true });
      }
      const stdout = keep(out);
      const stderr = keep(err);
      const ok = !spawnError && !timedOut && exit === 0 && signal === null;
      const error = spawnError
        ? `could not start ${command}: ${spawnError.message}`
        : timedOut
          ? `timed out after ${Math.round(opts.timeoutMs / 1000)} s (killed)`
          : ok
            ? undefined
            : `exit ${exit ?? signal}: ${opts.firstError(stdout, stderr)}`;
      resolve({ ok, error, wallMs, peakRss: Math.max(peak, hwm, timeRss), cpuMs, maxProcs, stdout, stderr });
    };
    child.on("error", (e) => finish(null, null, e));
    child.on("exit", () => (exitAt ??= performance.now()));
    child.on("close", (code, signal) => finish(code, signal)); // after the pipes have drained
  });
}
