/**
 * Generated docs keep whole sentences and say nothing when the spec says nothing: the lead paragraph of a
 * description keeps the list its last sentence introduces, and the Cohere package's error classes show it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { leadParagraph } from "../../generator/emit/docs.js";
import { GENERATED } from "../helpers/project.js";

describe("leadParagraph", () => {
  test("a sentence ending in ':' keeps the list it introduces (folded YAML: the list is in the same paragraph)", () => {
    const text = "Not allowed. This could be because:\n  - The api token is invalid\n  - No permission\n";
    expect(leadParagraph(text)).toBe("Not allowed. This could be because:\n- The api token is invalid\n- No permission");
  });

  test("a list after a blank line still belongs to the sentence that announces it", () => {
    expect(leadParagraph("Fails when:\n\n1. the id is unknown\n2. it was deleted\n\nMore detail here.")).toBe(
      "Fails when:\n1. the id is unknown\n2. it was deleted",
    );
  });

  test("otherwise only the first paragraph; nothing for an empty text", () => {
    expect(leadParagraph("First paragraph,\nstill first.\n\nSecond.")).toBe("First paragraph,\nstill first.");
    expect(leadParagraph("Ends with a colon:\n\nBut no list follows.")).toBe("Ends with a colon:");
    expect(leadParagraph("   ")).toBeUndefined();
    expect(leadParagraph(undefined)).toBeUndefined();
  });
});

test("cohere-ai error classes: no doc stops at 'This could be because:'", () => {
  const errors = readFileSync(join(GENERATED, "src/errors.ts"), "utf8");
  const docs = [...errors.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) => m[1]!);
  expect(docs.some((d) => d.includes("This could be because:"))).toBe(true);
  for (const d of docs) expect(d.trim(), d).not.toMatch(/:\s*$/);
  expect(errors).toContain(" * - The api token is invalid\n");
});
