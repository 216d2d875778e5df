// Node.js (ESM), Bun and Deno: `<runtime> node.mjs <api url> <runtime name>`. Imports the installed package by name.
import * as sdk from "cohere-ai";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { runScenario } from "./scenario.mjs";

const [baseUrl, runtime] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const file = fileURLToPath(new URL("./upload.jsonl", import.meta.url));
const report = await runScenario(sdk, { runtime, baseUrl, nodeFile: () => fs.createReadStream(file) });
console.log(JSON.stringify({ resolved: import.meta.resolve?.("cohere-ai"), steps: report.steps.length }));
