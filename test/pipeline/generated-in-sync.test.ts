/** The committed package is what the generator makes: regenerating Cohere in memory gives exactly generated/cohere-ai/. */
import { relative } from "node:path";
import { expect, it } from "vitest";
import { diffTree, readTree } from "../../generator/write/atomic.js";
import { cohereConfig, GENERATED, generateInMemory, ROOT } from "../helpers/project.js";

it("regenerating the Cohere package gives exactly the committed generated/cohere-ai/ files", async () => {
  const { files, config } = await generateInMemory(cohereConfig());
  expect(config.output).toBe(GENERATED);
  const changed = diffTree(GENERATED, files);
  const where = relative(ROOT, GENERATED);
  expect(
    changed,
    `${where} is out of date (${changed.length} file(s) differ from a fresh generation):\n${changed.map((c) => `  ${c}`).join("\n")}\nRun \`npm run generate\` and commit the result.`,
  ).toEqual([]);
  // diffTree found nothing: the committed tree holds exactly these files, byte for byte.
  expect(readTree(GENERATED)).toEqual(files);
});
