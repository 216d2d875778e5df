/** Worker thread of `npm run fuzz`: runs the cases it is sent, one at a time (see cli.ts). */
import { parentPort } from "node:worker_threads";
import { join } from "node:path";
import { mkdirSync } from "node:fs";
import { runCase } from "./harness.js";
import { ROOT } from "../helpers/project.js";
import { pristinePackage } from "./pristine.js";

let pristine: string | undefined;
parentPort!.on("message", async ({ text, ext, full, dir }: { text: string; ext: string; full: boolean; dir: string }) => {
  if (full) pristine ??= await pristinePackage(join(ROOT, "node_modules/.cache/fuzz"));
  mkdirSync(dir, { recursive: true });
  parentPort!.postMessage(await runCase(text, { dir, ext, ...(full ? { fullInto: pristine } : {}) }));
});
