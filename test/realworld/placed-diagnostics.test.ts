/**
 * Every diagnostic names its place (file, line and JSON pointer) and never prints an object as `[object Object]`:
 * over every spec of test/realworld/specs and the four big specs users try first. The big specs are not refused.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Diagnostics, GeneratorError, formatDiagnostic, type Diagnostic } from "../../generator/diagnostics.js";
import { runFrontEnd } from "../../generator/pipeline.js";
import { CORPUS } from "../helpers/project.js";
import { REALWORLD, unplaced } from "./helpers.js";

async function diagnose(path: string): Promise<{ items: Diagnostic[]; failed?: GeneratorError }> {
  const diagnostics = new Diagnostics();
  try {
    await runFrontEnd({ inputs: [path], overlays: [] }, diagnostics);
    return { items: diagnostics.items };
  } catch (e) {
    if (!(e instanceof GeneratorError)) throw e;
    return { items: [...new Set([...diagnostics.items, ...e.diagnostics])], failed: e };
  }
}

const show = (items: Diagnostic[]) => items.map(formatDiagnostic).join("\n");

describe("every diagnostic has a place", () => {
  it("over the specs of test/realworld/specs (including the refused one)", async () => {
    const files = readdirSync(REALWORLD).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(8);
    let total = 0;
    for (const f of files) {
      const { items } = await diagnose(join(REALWORLD, f));
      total += items.length;
      expect(unplaced(items), `${f}:\n${show(unplaced(items))}`).toEqual([]);
    }
    expect(total).toBeGreaterThan(20);
  });

  // The full Cohere spec $refs unpublished snippet files inside x-fern-examples (warnings), and GitHub's examples carry
  // "$ref" data (left alone): all four get through the front end.
  for (const name of ["openai-openapi.yaml", "stripe-spec3.yaml", "github-api.json", "cohere-openapi.yaml"]) {
    it(`${name}: not refused after load, and every diagnostic placed`, async () => {
      const { items, failed } = await diagnose(join(CORPUS, "big", name));
      expect(failed, failed && show(failed.diagnostics)).toBeUndefined();
      expect(items.length).toBeGreaterThan(0); // each has notes at least (normalized names, detected pagination)
      expect(unplaced(items), show(unplaced(items).slice(0, 20))).toEqual([]);
    }, 120_000);
  }
});
