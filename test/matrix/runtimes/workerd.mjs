// Runs the bundled worker (entries/worker.mjs) in Cloudflare's workerd through miniflare, and asks it to run the
// scenario: `node workerd.mjs <worker bundle> <api url>`.
import { readFileSync } from "node:fs";
import { Miniflare } from "miniflare";

const [bundle, api] = process.argv.slice(2);
const mf = new Miniflare({ modules: true, script: readFileSync(bundle, "utf8"), compatibilityDate: "2026-04-01", port: 0 });
try {
  const res = await mf.dispatchFetch(`http://matrix.example/?api=${encodeURIComponent(api)}`);
  const text = await res.text();
  console.log(`worker answered ${res.status}: ${text.slice(0, 300)}`);
  if (!res.ok) process.exitCode = 1;
} finally {
  await mf.dispose();
}
