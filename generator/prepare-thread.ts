/**
 * Runs the pipeline's first half (pipeline.ts `prepare`: load → … → emit → format) in a worker thread, so that
 * the memory it needs (the parsed spec, its source map, the IR, the emitters' modules) is given back to the system
 * when the thread ends, before the dist build starts tsc and esbuild beside the generator. On the Stripe spec that
 * is about 200 MiB less held while tsc runs. The result crosses as plain data (finish.ts `Prepared`).
 *
 * The worker runs the bundled entry that generator/run.mjs builds; run.mjs starts it first thing, so that its
 * modules load while this thread loads the CLI, and hands it over in `globalThis` under {@link WORKER_ENTRY}
 * (a {@link StartedWorker}). Without one (the CLI imported directly, as the tests and tsx do) the first half runs
 * in this thread: the same functions, in the same order.
 */
import type { Worker } from "node:worker_threads";
import type { PartialConfig } from "./config.js";
import { type Diagnostic, type Diagnostics, GeneratorError } from "./diagnostics.js";
import type { Prepared } from "./finish.js";
import { addTimings, type Timing, timed } from "./timings.js";

export const WORKER_ENTRY = Symbol.for("sdkgen.prepare-worker");

/** A worker started by run.mjs, waiting for its config; `error` and `exited` record what happened before use. */
interface StartedWorker {
  worker: Worker;
  error?: Error;
  exited: boolean;
}

export type WorkerReply =
  | { ok: true; prepared: Prepared; diagnostics: Diagnostic[]; timings: Timing[] }
  | { ok: false; stage?: string; crash?: string; diagnostics: Diagnostic[]; timings: Timing[] };

export async function prepareIsolated(partial: PartialConfig, diagnostics: Diagnostics): Promise<Prepared> {
  const started = (globalThis as Record<symbol, StartedWorker | undefined>)[WORKER_ENTRY];
  delete (globalThis as Record<symbol, unknown>)[WORKER_ENTRY]; // one run per worker: a second one runs in this thread
  if (!started) {
    const { prepare } = await import("./pipeline.js");
    return prepare(partial, diagnostics);
  }
  const reply = await timed("prepare (worker thread)", () => inWorker(started, partial));
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
function inWorker(started: StartedWorker, partial: PartialConfig): Promise<WorkerReply> {
  const { worker } = started;
  return new Promise((resolve, reject) => {
    const stopped = (code: number) => new Error(`the generator's worker thread stopped (exit code ${code})`);
    if (started.error) return reject(started.error);
    if (started.exited) return reject(stopped(1));
    let reply: WorkerReply | undefined;
    worker.once("message", (m: WorkerReply) => {
      reply = m;
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => (reply ? resolve(reply) : reject(stopped(code))));
    worker.ref();
    worker.postMessage({ partial });
  });
}
