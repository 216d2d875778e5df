/**
 * The seed page (the published Markdown page with the nine ```yaml blocks) is itself a valid input: generating from it
 * gives byte-identical files to generating from the nine documents extracted into spec/cohere/.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PartialConfig } from "../../generator/config.js";
import { cohereConfig, generateInMemory, SEED_PAGE } from "../helpers/project.js";
import { shown } from "./helpers.js";

describe("generating from the seed page", () => {
  let fromSpecs: Awaited<ReturnType<typeof generateInMemory>>;
  let fromPage: Awaited<ReturnType<typeof generateInMemory>>;
  beforeAll(async () => {
    const config = cohereConfig();
    // Like spec/cohere/generator.yaml, with the page as the only input.
    const pageConfig: PartialConfig = { ...config, inputs: [SEED_PAGE] };
    fromSpecs = await generateInMemory(config);
    fromPage = await generateInMemory(pageConfig);
  });

  it("finds the nine OpenAPI documents on the page", () => {
    const merged = fromPage.diagnostics.items.find((d) => d.code === "merge/documents");
    expect(merged?.message).toMatch(/^merged 9 documents: /);
    expect(merged?.file).toBe(shown(SEED_PAGE));
  });

  it("gives byte-identical files to generating from spec/cohere/", () => {
    expect([...fromPage.files.keys()]).toEqual([...fromSpecs.files.keys()]);
    // .generator/wire.json (not published) records where in the spec each operation and type is: the page's lines.
    const differing = [...fromSpecs.files.keys()].filter(
      (k) => k !== ".generator/wire.json" && fromPage.files.get(k) !== fromSpecs.files.get(k),
    );
    expect(differing, `files that differ: ${differing.join(", ")}`).toEqual([]);
  });

  it("reports the same fixes, located at the page's own lines", () => {
    const page = readFileSync(SEED_PAGE, "utf8").split("\n");
    const codes = (r: typeof fromPage) => r.diagnostics.items.map((d) => `${d.code} ${d.pointer ?? ""}`);
    expect(codes(fromPage)).toEqual(codes(fromSpecs));
    const enumFixes = fromPage.diagnostics.items.filter((d) => d.code === "normalize/enum-objects");
    expect(enumFixes.length).toBeGreaterThan(0);
    for (const d of enumFixes) {
      expect(d.file).toBe(shown(SEED_PAGE));
      expect(page[d.line! - 1]).toMatch(/^\s*enum:/);
    }
  });
});
