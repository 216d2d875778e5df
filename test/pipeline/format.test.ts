/** write/format.ts: prettier with fixed options, and the cache of the formatted runtime core. */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatFile, formatFiles } from "../../generator/write/format.js";

describe("formatFiles", () => {
  it("formats each file with its parser, under its own path, and leaves files prettier has no parser for", async () => {
    const files = new Map([
      ["src/a.ts", "export const marker    =    1;\n"],
      ["package.json", '{"name":"x","version":"1.0.0"}'],
      ["README.md", "# x\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"],
      ["LICENSE", "MIT   License\n"],
    ]);
    const out = await formatFiles(files);
    expect([...out.keys()]).toEqual([...files.keys()]);
    expect(out.get("src/a.ts")).toBe("export const marker = 1;\n");
    expect(out.get("package.json")).toBe('{ "name": "x", "version": "1.0.0" }\n');
    expect(out.get("README.md")).toBe("# x\n\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n");
    expect(out.get("LICENSE")).toBe("MIT   License\n");
  });

  it("formats the runtime core (src/core/) through its cache: stored once, then read instead of formatting", async () => {
    const text = `${readFileSync("templates/runtime/url.ts", "utf8")}\n// cache probe ${process.pid} ${Date.now()}\nexport const probe   =   1;\n`;
    const dir = "node_modules/.cache/sdkgen/format";
    const before = new Set(existsSync(dir) ? readdirSync(dir) : []);
    const first = await formatFiles(new Map([["src/core/url.ts", text]]));
    expect(first.get("src/core/url.ts")).toBe(await formatFile("src/core/url.ts", text));
    expect(first.get("src/core/url.ts")).toContain("export const probe = 1;\n");
    const added = readdirSync(dir).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    const entry = `${dir}/${added[0]}`;
    expect(readFileSync(entry, "utf8")).toBe(first.get("src/core/url.ts"));
    try {
      writeFileSync(entry, "// from the cache\n"); // the cache is what is read on the next run
      expect((await formatFiles(new Map([["src/core/url.ts", text]]))).get("src/core/url.ts")).toBe("// from the cache\n");
    } finally {
      rmSync(entry);
    }
  });
});
