// Runs the bundled script (entries/edge.mjs) in Vercel's edge-runtime and the scenario in it:
// `node edge.mjs <script bundle> <api url>`.
import { readFileSync } from "node:fs";
import { EdgeRuntime } from "edge-runtime";

const [bundle, api] = process.argv.slice(2);
const runtime = new EdgeRuntime({ initialCode: readFileSync(bundle, "utf8") });
const report = await runtime.evaluate(`runMatrix(${JSON.stringify(api)})`);
console.log(`edge-runtime (${runtime.context.EdgeRuntime}) ran ${report.steps.length} steps`);
