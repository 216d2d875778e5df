// Chromium: bundled by esbuild (platform browser) into the page's script. The API's URL is the page's ?api=.
import * as sdk from "cohere-ai";
import { runScenario } from "./scenario.mjs";

const baseUrl = new URLSearchParams(location.search).get("api");
runScenario(sdk, { runtime: "chromium", baseUrl }).then(
  () => (document.title = "scenario done"),
  (e) => (document.title = `scenario failed: ${e}`),
);
