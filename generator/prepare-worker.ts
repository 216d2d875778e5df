/**
 * The worker thread's entry (see prepare-thread.ts): runs the pipeline's first half and posts the result, or the
 * failure, to the main thread as plain data.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PartialConfig } from "./config.js";
import { Diagnostics, GeneratorError } from "./diagnostics.js";
import { prepare } from "./pipeline.js";
import type { WorkerReply } from "./prepare-thread.js";
import { recordedTimings } from "./timings.js";

const diagnostics = new Diagnostics();
let reply: WorkerReply;
try {
  const prepared = await prepare((workerData as { partial: PartialConfig }).partial, diagnostics);
  reply = { ok: true, prepared, diagnostics: diagnostics.items, timings: recordedTimings() };
} catch (e) {
  reply =
    e instanceof GeneratorError
      ? { ok: false, stage: e.stage, diagnostics: e.diagnostics, timings: recordedTimings() }
      : { ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e), diagnostics: [], timings: recordedTimings() };
}
parentPort!.postMessage(reply);
