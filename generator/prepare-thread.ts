/**
 * Runs the pipeline's first half (pipeline.ts `prepare`: load → … → emit → format) in a worker thread, so that
 * the memory it needs (the parsed spec, its source map, the IR, the emitters' modules) is given back to the system
 * when the thread ends, before the dist build starts tsc and esbuild beside the generator. On the Stripe spec that
 * is about 200 MiB less held while tsc runs. The result crosses as plain data (finish.ts `Prepared`).
 *
 * The worker runs the bundled entry that generator/run.mjs builds and announces in `globalThis` under
 * {@link WORKER_ENTRY}. Without it (the CLI imported directly, as the tests and tsx do) the first half runs in this
 * thread: the same functions, in the same order.
 */
import { Worker } from "node:worker_threads";
import type { PartialConfig } from "./config.js";
import { type Diagnostic, type Diagnostics, GeneratorError } from "./diagnostics.js";
import type { Prepared } from "./finish.js";
import { addTimings, type Timing, timed } from "./timings.js";

export const WORKER_ENTRY = Symbol.for("sdkgen.prepare-worker");

export type WorkerReply =
  | { ok: true; prepared: Prepared; diagnostics: Diagnostic[]; timings: Timing[] }
  | { ok: false; stage?: string; crash?: string; diagnostics: Diagnostic[]; timings: Timing[] };

export async function prepareIsolated(partial: PartialConfig, diagnostics: Diagnostics): Promise<Prepared> {
  const entry = (globalThis as Record<symbol, unknown>)[WORKER_ENTRY];
  if (typeof entry !== "string") {
    const { prepare } = await import("./pipeline.js");
    return prepare(partial, diagnostics);
  }
  const reply = await timed("prepare (worker thread)", () => inWorker(entry, partial));
  addTimings(reply.timings, "  ");
  if (reply.ok) {
    for (const d of reply.diagnostics) diagnostics.add(d);
    return reply.prepared;
  }
  if (reply.crash !== undefined) {
    const error = new Error(reply.crash.split("\n")[0]);
    error.stack = reply.crash;
    throw error;
  }
  throw new GeneratorError(reply.stage ?? "generate", reply.diagnostics);
}

/** The worker's one reply; the thread has ended (its memory freed) when this resolves. */
function inWorker(entry: string, partial: PartialConfig): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(entry), { workerData: { partial } });
    let reply: WorkerReply | undefined;
    worker.once("message", (m: WorkerReply) => {
      reply = m;
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reply ? resolve(reply) : reject(new Error(`the generator's worker thread stopped (exit code ${code})`)),
    );
  });
}
