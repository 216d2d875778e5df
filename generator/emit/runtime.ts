/** The runtime core: `templates/runtime/*.ts` (ordinary, tested TypeScript) copied verbatim into `src/core/`. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RUNTIME = fileURLToPath(new URL("../../templates/runtime/", import.meta.url));

export function runtimeFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(RUNTIME).sort()) {
    if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
    out.set(`src/core/${name}`, readFileSync(RUNTIME + name, "utf8"));
  }
  return out;
}
