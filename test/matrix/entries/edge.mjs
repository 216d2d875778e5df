// Vercel edge-runtime: bundled by esbuild as a script (edge-runtime evaluates scripts, not modules), which defines
// globalThis.runMatrix(<api url>).
import * as sdk from "cohere-ai";
import { runScenario } from "./scenario.mjs";

globalThis.runMatrix = (baseUrl) => runScenario(sdk, { runtime: "edge-runtime", baseUrl });
