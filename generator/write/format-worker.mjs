/**
 * The second formatter of write/format.ts: a worker thread that formats the files it is sent with the options and
 * parsers it is given (so format.ts stays the one place that decides them). Plain JavaScript, so it starts the same
 * way under tsx, vitest and the bundled CLI.
 */
import { parentPort } from "node:worker_threads";
import * as prettier from "prettier";

parentPort.on("message", async ({ id, text, options, parsers }) => {
  let error;
  for (const parser of parsers) {
    try {
      parentPort.postMessage({ id, text: await prettier.format(text, { ...options, parser }) });
      return;
    } catch (e) {
      error ??= e;
    }
  }
  parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
});
