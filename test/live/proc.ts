/** Runs a child process to completion with a deadline (killed, with its group, when it runs over). */
import { spawn, type SpawnOptions } from "node:child_process";

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export function run(command: string, args: string[], options: SpawnOptions & { timeoutMs?: number } = {}): Promise<RunResult> {
  const { timeoutMs = 60_000, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(command, args, { ...spawnOptions, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    const kill = (): void => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    process.once("exit", kill);
    child.on("error", (e) => {
      clearTimeout(timer);
      process.removeListener("exit", kill);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      process.removeListener("exit", kill);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0, timedOut });
    });
  });
}

/** A one-paragraph description of a finished process, for assertion messages. */
export function describeRun(label: string, r: RunResult): string {
  return `${label}: exit ${r.code ?? r.signal}${r.timedOut ? " (timed out, killed)" : ""} after ${r.ms} ms\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}
