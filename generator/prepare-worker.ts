/**
 * The worker thread's entry (see prepare-thread.ts). generator/run.mjs starts it before the CLI has even parsed its
 * arguments, so its modules load while the main thread starts; it then waits for the config, runs the pipeline's
 * first half and posts the result, or the failure, to the main thread as plain data.
 */
import { parentPort } from "node:worker_threads";
import type { PartialConfig } from "./config.js";
import { Diagnostics, GeneratorError } from "./diagnostics.js";
import { prepare } from "./pipeline.js";
import type { WorkerReply } from "./prepare-thread.js";
import { recordedTimings } from "./timings.js";

const { partial } = await new Promise<{ partial: PartialConfig }>((resolve) => parentPort!.once("message", resolve));
const diagnostics = new Diagnostics();
let reply: WorkerReply;
try {
  const prepared = await prepare(partial, diagnostics);
  reply = { ok: true, prepared, diagnostics: diagnostics.items, timings: recordedTimings() };
} catch (e) {
  reply =
    e instanceof GeneratorError
      ? { ok: false, stage: e.stage, diagnostics: e.diagnostics, timings: recordedTimings() }
      : { ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e), diagnostics: [], timings: recordedTimings() };
}
try {
  parentPort!.postMessage(reply);
} catch (e) {
  // A value that cannot cross threads is a generator bug: report it as one, not as a silent exit.
  parentPort!.postMessage({ ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e), diagnostics: [], timings: [] });
}
