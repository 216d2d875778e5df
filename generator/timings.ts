/**
 * Stage timings. With `SDKGEN_TIMINGS=1` in the environment the CLI prints, after the run, one line per stage: wall
 * time, CPU time of this process (user + system, `process.cpuUsage`), and the process's RSS when the stage ended,
 * plus start-up (module loading before the first stage) and the CPU time of child processes (the tsc 7 binary).
 * CPU time is the figure to trust on a shared machine; wall times of concurrent steps overlap.
 * Without the variable `timed` only runs the function.
 */
import { readFileSync } from "node:fs";

export interface Timing {
  stage: string;
  wallMs: number;
  cpuMs: number;
  rssMiB: number;
}

const enabled = process.env.SDKGEN_TIMINGS === "1";
const recorded: Timing[] = [];

const cpuMs = (since?: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

export async function timed<T>(stage: string, run: () => T | Promise<T>): Promise<T> {
  if (!enabled) return run();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  if (!recorded.length) recorded.push({ stage: "start-up", wallMs: t0, cpuMs: cpuMs(), rssMiB: process.memoryUsage.rss() / 2 ** 20 });
  try {
    return await run();
  } finally {
    recorded.push({ stage, wallMs: performance.now() - t0, cpuMs: cpuMs(c0), rssMiB: process.memoryUsage.rss() / 2 ** 20 });
  }
}

/** CPU time of waited-for children (Linux /proc/self/stat cutime + cstime), ms; NaN elsewhere. */
function childCpuMs(): number {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

/** The report, or "" when timings are off. Start-up is the time before the first stage began. */
export function timingReport(): string {
  if (!enabled) return "";
  const rows = recorded.map(
    (t) =>
      `  ${t.stage.padEnd(24)} ${t.wallMs.toFixed(0).padStart(7)} ms ${t.cpuMs.toFixed(0).padStart(7)} ms CPU ${t.rssMiB.toFixed(0).padStart(5)} MiB RSS`,
  );
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
  return [
    "timings (wall, CPU of this process, RSS after):",
    ...rows,
    `  ${"total".padEnd(24)} ${performance.now().toFixed(0).padStart(7)} ms ${cpuMs().toFixed(0).padStart(7)} ms CPU  peak ${hwm ? (Number(hwm) / 1024).toFixed(0) : "?"} MiB RSS`,
    `  ${"children (tsc)".padEnd(24)} ${"".padStart(7)}    ${childCpuMs().toFixed(0).padStart(7)} ms CPU`,
  ].join("\n");
}

/** This thread's records so far, for a worker thread to hand to the main thread. */
export function recordedTimings(): Timing[] {
  return recorded.slice();
}

/** Adds another thread's records (a worker's), each stage name prefixed. */
export function addTimings(records: readonly Timing[], prefix: string): void {
  if (enabled) for (const r of records) recorded.push({ ...r, stage: prefix + r.stage });
}
