// Cloudflare workerd (through miniflare): bundled by esbuild as an ES module worker. GET /?api=<url> runs the scenario.
import * as sdk from "cohere-ai";
import { runScenario } from "./scenario.mjs";

export default {
  async fetch(request) {
    const baseUrl = new URL(request.url).searchParams.get("api");
    return Response.json(await runScenario(sdk, { runtime: "workerd", baseUrl }));
  },
};
