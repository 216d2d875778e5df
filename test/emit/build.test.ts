/**
 * The build (generator/write/compile.ts): one TypeScript 7 run type-checks and writes the declarations, esbuild
 * writes dist/esm (bundled per entry) and dist/cjs. A type error stops the run naming the generated file and line;
 * the same sources always give the same dist; the CommonJS build loads with require() and works over HTTP.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GeneratorError } from "../../generator/diagnostics.js";
import { addDist } from "../../generator/write/compile.js";
import { json, startFeatureServer } from "../features/harness.js";
import { generateSpec, type EmittedPackage } from "./helpers.js";

let pkg: EmittedPackage;
beforeAll(async () => {
  pkg = await generateSpec("required-query-key.yaml");
});
afterAll(() => pkg?.cleanup());

describe("the type-check gate", () => {
  test("a type error stops the build with the generated file, line and column", async () => {
    const files = new Map(pkg.files);
    files.set("src/broken.ts", 'export const ok = 1;\n\nexport const n: number = "not a number";\n');
    const err = await addDist(files).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GeneratorError);
    const d = (err as GeneratorError).diagnostics[0]!;
    expect(d.code).toBe("compile/type-error");
    expect(d.file).toBe("src/broken.ts");
    expect(d.line).toBe(3);
    expect(d.column).toBe(14);
    expect(d.message).toMatch(/TS2322: Type 'string' is not assignable to type 'number'/);
  });
});

describe("dist", () => {
  test("declarations are the same for ESM and CJS; every source module has one", () => {
    const sources = [...pkg.files.keys()].filter((p) => p.startsWith("src/")).map((p) => p.slice(4, -3));
    for (const s of sources) {
      expect(pkg.files.get(`dist/esm/${s}.d.ts`), s).toBeDefined();
      expect(pkg.files.get(`dist/cjs/${s}.d.ts`)).toBe(pkg.files.get(`dist/esm/${s}.d.ts`));
      expect(pkg.files.get(`dist/cjs/${s}.js`), s).toMatch(/^"use strict";/);
    }
  });

  test("deterministic: building the same sources again gives byte-identical files", async () => {
    const sources = new Map([...pkg.files].filter(([p]) => !p.startsWith("dist/")));
    const again = await addDist(sources);
    expect([...again.keys()]).toEqual([...pkg.files.keys()]);
    for (const [p, text] of again) expect(text, p).toBe(pkg.files.get(p));
  });

  test("esbuild's service process is stopped once no build needs it, and builds at the same time all finish", async () => {
    const sources = new Map([...pkg.files].filter(([p]) => !p.startsWith("dist/")));
    const [a, b] = await Promise.all([addDist(sources), addDist(sources)]);
    expect(a).toEqual(pkg.files);
    expect(b).toEqual(pkg.files);
    expect(childCommands()).not.toContain("esbuild");
    await addDist(sources); // and it starts again for the next build
    expect(childCommands()).not.toContain("esbuild");
  });

  test("the CommonJS build loads with require() and sends requests", async () => {
    const server = await startFeatureServer((_req, res) => json(res, 200, { ok: true }));
    try {
      const sdk = createRequire(import.meta.url)(join(pkg.dir, "dist/cjs/index.js"));
      const client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0, apiKey: "k" });
      expect(await client.items.listItems()).toStrictEqual({ ok: true });
      expect(server.last().rawQuery).toBe("api_key=k");
      expect(Object.keys(sdk)).toContain("TestSdkError");
    } finally {
      await server.close();
    }
  });
});

/** The command names of this process's child processes (Linux /proc). */
function childCommands(): string[] {
  const names: string[] = [];
  for (const task of readdirSync("/proc/self/task"))
    for (const pid of readFileSync(`/proc/self/task/${task}/children`, "utf8").split(/\s+/).filter(Boolean))
      names.push(readFileSync(`/proc/${pid}/comm`, "utf8").trim());
  return names;
}
