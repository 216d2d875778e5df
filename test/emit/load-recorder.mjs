// Preloaded with `node --import`: records the modules the process loads, one per line, in the file named by
// LOAD_RECORD: every URL the ES module loader resolves (load-recorder-hooks.mjs) and, at exit, every file in the
// CommonJS module cache (modules loaded by require(), including CommonJS packages reached by an import).
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";

const file = process.env.LOAD_RECORD;
if (file) {
  register(new URL("./load-recorder-hooks.mjs", import.meta.url), { data: { file } });
  const cache = createRequire(import.meta.url).cache;
  process.on("exit", () =>
    appendFileSync(
      file,
      Object.keys(cache)
        .map((f) => `${f}\n`)
        .join(""),
    ),
  );
}
