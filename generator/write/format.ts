/**
 * Formats the generated package with fixed options, so the output never depends on the machine's or the user's
 * configuration. One run of Biome's native binary (write/biome.ts) formats every TypeScript and JSON file and the
 * TypeScript blocks of the Markdown files, all written to one temporary folder; Markdown gets its last touches in
 * write/markdown.ts. This replaced prettier, which was most of the generator's time on a big spec (on the OpenAI
 * spec about 5 s of CPU for the sources and 1.7 s for the README, against a quarter of a second for Biome) and held
 * every file's AST in the generator's heap.
 * Generated code Biome cannot parse is a generator bug, reported at the generated file and line; a README block it
 * cannot parse is kept as written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fail } from "../diagnostics.js";
import { formatFolder } from "./biome.js";
import { codeBlocks, finishMarkdown } from "./markdown.js";
import { withScratch, writeFiles } from "./scratch.js";

const CODE = /\.(ts|json)$/;
const PACKAGE = "pkg";
const BLOCKS = "md";

export async function formatFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const markdown = [...files].filter(([path]) => path.endsWith(".md")).map(([path, text]) => ({ path, text, blocks: codeBlocks(text) }));
  const code = [...files.keys()].filter((p) => CODE.test(p));
  let bytes = 0;
  for (const path of code) bytes += files.get(path)!.length;
  for (const md of markdown) for (const b of md.blocks) bytes += b.length;
  // Written once by us, once more by Biome: room for both, at up to three bytes a character.
  return withScratch("sdkgen-format-", 6 * bytes, async (dir) => {
    writeFiles(dir, [
      ...code.map((path): [string, string] => [`${PACKAGE}/${path}`, files.get(path)!]),
      ...markdown.flatMap((md, m) => md.blocks.map((b, i): [string, string] => [`${BLOCKS}/${m}/${i}.ts`, b])),
    ]);
    const failed = new Set<string>();
    for (const e of await formatFolder(dir)) {
      if (e.path.startsWith(`${BLOCKS}/`)) failed.add(e.path);
      else unformattable(e);
    }
    const out = new Map(files);
    for (const path of code) out.set(path, readFileSync(join(dir, PACKAGE, path), "utf8"));
    markdown.forEach((md, m) => {
      const formatted = md.blocks.map((_, i) => {
        const rel = `${BLOCKS}/${m}/${i}.ts`;
        return failed.has(rel) ? undefined : readFileSync(join(dir, rel), "utf8");
      });
      out.set(md.path, finishMarkdown(md.text, formatted));
    });
    return out;
  });
}

function unformattable(e: { path: string; line?: number; column?: number; message: string }): never {
  const file = e.path.startsWith(`${PACKAGE}/`) ? e.path.slice(PACKAGE.length + 1) : e.path || "generated";
  fail(
    "format",
    "format/unparsable",
    { file, ...(e.line ? { line: e.line, column: e.column } : {}) },
    `generated code could not be formatted: ${e.message}`,
  );
}
