/**
 * A discriminator mapping that names a schema which does not exist (the full Cohere spec's `ParsePage` maps
 * `raw_generation` to a missing `ParseRawGenerationPageVariant`): a warning at the mapping entry, and the union is
 * built from what exists, so the package type-checks.
 */
import { describe, expect, it } from "vitest";
import { realworld, generateSpec, warnings } from "./helpers.js";

describe("discriminator mapping to a missing schema", () => {
  it("warns at the mapping entry with its line and generates a union of the variants that exist", async () => {
    const path = realworld("discriminator-missing-target.yaml");
    const result = await generateSpec(path);
    const [w, ...rest] = warnings(result.items, "ir/discriminator");
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ pointer: "/components/schemas/Page/discriminator/mapping/raw", line: 29 });
    expect(w!.message).toBe(
      'discriminator mapping "raw" points to #/components/schemas/RawPage, which does not exist: left out of the union',
    );
    const types = result.files.get("src/types.ts")!;
    // `Page` is a runtime export (pagination), so the schema is spelled `PageModel`.
    expect(types).toMatch(/export type PageModel = \(BlocksPage & \{ type: "blocks" \}\) \| \(MarkdownPage & \{ type: "markdown" \}\);/);
    expect(types).not.toContain("RawPage");
  }, 120_000);
});
