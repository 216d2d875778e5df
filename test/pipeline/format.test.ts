/** write/format.ts (Biome with fixed options) and write/markdown.ts (the README's last touches). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/diagnostics.js";
import { formatFiles } from "../../generator/write/format.js";
import { codeBlocks, finishMarkdown } from "../../generator/write/markdown.js";

describe("formatFiles", () => {
  it("formats TypeScript and JSON with Biome, finishes Markdown, and leaves other files as they are", async () => {
    const files = new Map([
      ["src/a.ts", "export const marker    =    'x'\nexport function f(a:number,b:number){return [a,b,]}\n"],
      ["package.json", '{"name":"x","version":"1.0.0"}'],
      ["README.md", "# x\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```ts\nconst   y = {a:1}\n```\n"],
      ["LICENSE", "MIT   License\n"],
    ]);
    const out = await formatFiles(files);
    expect([...out.keys()]).toEqual([...files.keys()]);
    expect(out.get("src/a.ts")).toBe('export const marker = "x";\nexport function f(a: number, b: number) {\n  return [a, b];\n}\n');
    expect(out.get("package.json")).toBe('{ "name": "x", "version": "1.0.0" }\n');
    expect(out.get("README.md")).toBe("# x\n\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n\n```ts\nconst y = { a: 1 };\n```\n");
    expect(out.get("LICENSE")).toBe("MIT   License\n");
  });

  it("wraps at 120 columns with trailing commas, whatever configuration the working directory has", async () => {
    const dir = mkdtempSync(join(tmpdir(), "format-cwd-"));
    const cwd = process.cwd();
    try {
      writeFileSync(join(dir, "biome.json"), JSON.stringify({ formatter: { indentStyle: "tab", lineWidth: 40 } }));
      writeFileSync(join(dir, ".editorconfig"), "root = true\n[*]\nindent_style = tab\nindent_size = 8\n");
      process.chdir(dir);
      const long = `export const list = [${Array.from({ length: 30 }, (_, i) => `"item${i}"`).join(", ")}];\n`;
      const out = (await formatFiles(new Map([["src/list.ts", long]]))).get("src/list.ts")!;
      const lines = out.split("\n");
      expect(lines[0]).toBe("export const list = [");
      expect(lines[1]).toMatch(/^ {2}"item0",/);
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(120);
      expect(out).toContain('"item29",\n];\n');
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports generated code it cannot parse at the generated file and line", async () => {
    const err = await formatFiles(
      new Map([
        ["src/ok.ts", "export const a = 1;\n"],
        ["src/bad.ts", "export const a = 1;\nexport const b = {\n"],
      ]),
    ).catch((e) => e);
    expect(err).toBeInstanceOf(GeneratorError);
    const d = (err as GeneratorError).diagnostics[0]!;
    expect(d.code).toBe("format/unparsable");
    expect(d.file).toBe("src/bad.ts");
    expect(d.line).toBe(3);
  });

  it("keeps a README block it cannot parse as written and formats the others", async () => {
    const md = "# x\n\n```ts\nclient.x({ … })\n```\n\n```ts\nconst   z=1\n```\n\n```sh\nnpm   i x\n```\n";
    expect((await formatFiles(new Map([["README.md", md]]))).get("README.md")).toBe(
      "# x\n\n```ts\nclient.x({ … })\n```\n\n```ts\nconst z = 1;\n```\n\n```sh\nnpm   i x\n```\n",
    );
  });
});

describe("finishMarkdown", () => {
  it("aligns pipe tables by display width, following each column's alignment", () => {
    const text = "| a | centre | right |\n| --- | :-: | --: |\n| `x\\|y` | 漢字 | é |\n| long cell here | b |\n";
    expect(finishMarkdown(text)).toBe(
      [
        "| a              | centre | right |",
        "| -------------- | :----: | ----: |",
        "| `x\\|y`         |  漢字  |     é |",
        "| long cell here |   b    |       |",
        "",
      ].join("\n"),
    );
  });

  it("drops trailing spaces but keeps hard breaks, and collapses blank lines outside code", () => {
    expect(finishMarkdown("one \ntwo   \nthree\t\n\n\n\nfour\n\n\n")).toBe("one\ntwo  \nthree\n\nfour\n");
  });

  it("never touches fenced code other than its TypeScript blocks, and treats an unclosed fence as text", () => {
    const text = "```sh\n| a | b |\n| - | - |\ntrailing   \n\n\n\n```\n\n~~~~\n```\nx  \n~~~~\n\n```ts\nunclosed | a |\n";
    expect(finishMarkdown(text)).toBe(text.replace(/\n$/, "").concat("\n"));
    expect(codeBlocks(text)).toEqual([]);
  });

  it("puts formatted blocks back in order, and keeps the ones given as undefined", () => {
    const text = "```ts\na\n```\n\n```typescript\nb\n```\n\n```ts\nc\n```\n";
    expect(codeBlocks(text)).toEqual(["a\n", "b\n", "c\n"]);
    expect(finishMarkdown(text, ["A;\n", undefined, "C;\n\n"])).toBe("```ts\nA;\n```\n\n```typescript\nb\n```\n\n```ts\nC;\n```\n");
  });
});
