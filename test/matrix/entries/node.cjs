// Node.js (CommonJS): `node node.cjs <api url> <runtime name>`. Requires the installed package by name.
const sdk = require("cohere-ai");
const fs = require("node:fs");
const path = require("node:path");

const [baseUrl, runtime] = process.argv.slice(2);
const file = path.join(__dirname, "upload.jsonl");
import("./scenario.mjs")
  .then(({ runScenario }) => runScenario(sdk, { runtime, baseUrl, nodeFile: () => fs.createReadStream(file) }))
  .then(
    (report) => console.log(JSON.stringify({ resolved: require.resolve("cohere-ai"), steps: report.steps.length })),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
