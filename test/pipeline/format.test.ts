/**
 * write/format.ts: a large package is formatted by two threads; the text of each file must not depend on which
 * thread formatted it, nor on the order files are taken, and every file must come back under its own path.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatFile, formatFiles } from "../../generator/write/format.js";

describe("formatFiles", () => {
  it("formats a package above the two-thread threshold exactly as file-by-file formatting does", async () => {
    const base = readFileSync("templates/runtime/fetcher.ts", "utf8");
    const files = new Map<string, string>();
    // ~60 distinct TypeScript files of different sizes (well over 512 KiB), plus JSON, Markdown and a file left alone.
    for (let i = 0; i < 60; i++) files.set(`src/m${i}.ts`, `${base.repeat(1 + (i % 3))}\nexport const marker${i}    =    ${i};\n`);
    files.set("package.json", '{"name":"x","version":"1.0.0","files":["dist","src","README.md","LICENSE","CHANGELOG.md","package.json"]}');
    files.set("README.md", "# x\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```ts\nconst a = {b:1}\n```\n");
    files.set("LICENSE", "MIT   License\n");
    const total = [...files.values()].reduce((n, t) => n + t.length, 0);
    expect(total).toBeGreaterThan(512 * 1024);

    const parallel = await formatFiles(files);
    expect([...parallel.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of files) expect(parallel.get(path), path).toBe(await formatFile(path, text));
    expect(parallel.get("src/m7.ts")).toContain("export const marker7 = 7;\n");
    expect(parallel.get("LICENSE")).toBe("MIT   License\n");
  }, 120_000);

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
