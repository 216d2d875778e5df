/**
 * Issue 12 (cycles): a map of itself, a list of itself, a union holding a map of itself, maps and lists recurring
 * into each other, a nullable map of a union with itself, and a recurring map whose values the mapper converts
 * (date-time). `type A = Record<string, A>` is circular in TypeScript (TS2456): the package must type-check (the
 * generator's own tsc 7 gate, and tsc 5 --strict here), spell each recurring map with an index signature, and
 * round-trip a deep value over HTTP on 127.0.0.1 with its dates converted at every level.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Project } from "ts-morph";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { json, startFeatureServer } from "../features/harness.js";
import { generateSpec, type EmittedPackage } from "./helpers.js";

let pkg: EmittedPackage;
let client: any;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
beforeAll(async () => {
  pkg = await generateSpec("recursive-maps.yaml");
  server = await startFeatureServer((req, res) => json(res, 200, JSON.parse(req.body.toString("utf8"))));
  const sdk = await pkg.load();
  client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
}, 180_000);
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

describe("recursive maps", () => {
  test("each recurring map is an interface or an index signature, never Record of itself", () => {
    const types = new Project({ useInMemoryFileSystem: true }).createSourceFile("/types.ts", pkg.file("src/types.ts"));
    const index = (name: string) =>
      types
        .getInterfaceOrThrow(name)
        .getIndexSignatures()
        .map((s) => `${s.getKeyName()}: ${s.getKeyType().getText()} → ${s.getReturnTypeNodeOrThrow().getText()}`);
    expect(index("A")).toEqual(["key: string → A"]);
    expect(index("D")).toEqual(["key: string → DList"]);
    expect(index("StampedMap")).toEqual(["key: string → Stamped"]);
    expect(types.getTypeAliasOrThrow("B").getTypeNodeOrThrow().getText()).toBe("B[]");
    expect(types.getTypeAliasOrThrow("C").getTypeNodeOrThrow().getText()).toBe("string | { [key: string]: C }");
    expect(types.getTypeAliasOrThrow("E").getTypeNodeOrThrow().getText()).toBe("{ [key: string]: number | E } | null");
    expect(pkg.file("src/types.ts")).not.toMatch(/Record<string, (A|C|DList|E|Stamped)\b/);
  });

  test("the package type-checks under TypeScript 5 --strict too", () => {
    const tsc = join(createRequire(import.meta.url).resolve("typescript/package.json"), "../bin/tsc");
    const tsconfig = join(pkg.dir, "tsconfig.strict-check.json");
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          lib: ["ES2022", "DOM"],
          skipLibCheck: true,
          types: [],
        },
        include: ["src"],
      }),
    );
    expect(() => execFileSync(process.execPath, [tsc, "-p", tsconfig], { encoding: "utf8" })).not.toThrow();
  }, 120_000);

  test("a deep value round-trips over HTTP, dates converted at every level", async () => {
    const at = "2024-01-15T09:30:00.000Z";
    const deep = { x: { y: { z: {} } } };
    const wire = {
      a: deep,
      b: [[[]], []],
      c: { k: "v", m: { n: "w", o: {} } },
      d: { p: [{ q: [] }, {}] },
      e: { r: 1, s: { t: 2, u: {} } },
      // Stamped: name → { at, children: StampedMap }; StampedMap: group → Stamped.
      f: { root: { at, children: { group: { leaf: { at, children: { deeper: { last: { at } } } } } } } },
    };
    const date = new Date(at);
    const back = await client.trees.echoTree({
      ...wire,
      f: { root: { at: date, children: { group: { leaf: { at: date, children: { deeper: { last: { at: date } } } } } } } },
    });
    expect(JSON.parse(server.last().body.toString("utf8"))).toEqual(wire);
    expect(back.a).toEqual(deep);
    expect(back.b).toEqual(wire.b);
    expect(back.c).toEqual(wire.c);
    expect(back.d).toEqual(wire.d);
    expect(back.e).toEqual(wire.e);
    expect(back.f.root.at).toStrictEqual(date);
    expect(back.f.root.children.group.leaf.at).toStrictEqual(date);
    expect(back.f.root.children.group.leaf.children.deeper.last.at).toStrictEqual(date);
  });
});
