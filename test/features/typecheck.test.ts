/**
 * Every feature package type-checks under `tsc --strict` with TypeScript 5.9 and TypeScript 7, and so do the
 * type-level checks in fixtures/*.ts (discriminator narrowing, nullable vs optional, open enums, method signatures).
 *
 * Also: the `@example` snippet of every generated method (shown in JSDoc and the package README) compiles against
 * its package (examples/<package>.ts, built from the emitted resource files).
 *
 * To stay fast, the packages' sources are emitted without the dist build (load → IR → emit → format, the same
 * sources `generate()` writes) into one folder, and each compiler runs once over all of them; errors are then
 * attributed to the package or fixture file they are in.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { emitPackage } from "../../generator/emit/index.js";
import { runFrontEnd } from "../../generator/pipeline.js";
import { formatFiles } from "../../generator/write/format.js";
import { ROOT } from "../helpers/project.js";
import { FEATURE_SPECS, FEATURES, featureConfig, type FeatureName } from "./harness.js";

const run = promisify(execFile);
const COMPILERS = {
  "TypeScript 5.9": join(ROOT, "node_modules/typescript/bin/tsc"),
  "TypeScript 7": join(ROOT, "node_modules/typescript7/bin/tsc"),
} as const;
type Compiler = keyof typeof COMPILERS;

const NAMES = Object.keys(FEATURE_SPECS) as FeatureName[];
const FIXTURES_DIR = join(FEATURES, "fixtures");
const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith(".ts"))
  .sort();

let root: string;
const generationErrors = new Map<FeatureName, unknown>();
/** How many @example snippets each package had (so an example check can never pass vacuously). */
const exampleCounts = new Map<FeatureName, number>();

/** The `@example` snippets of a package's resource files, as one module calling each through `client`. */
function examplesModule(name: FeatureName, files: Map<string, string>): string {
  const bodies: string[] = [];
  for (const [path, text] of files) {
    if (!/^src\/resources\/.+\.ts$/.test(path)) continue;
    for (const m of text.matchAll(/@example\n((?:\s*\*(?!\/).*\n)+?)\s*\*\//g)) {
      const lines = m[1]!
        .split("\n")
        .map((l) => l.replace(/^\s*\* ?/, ""))
        .filter((l) => l.trim() && !/^import fs from "node:fs";$/.test(l));
      bodies.push(
        `// ${path}\nexport async function example${bodies.length}(): Promise<void> {\n  ${lines.join("\n  ")}\n  void result;\n}`,
      );
    }
  }
  exampleCounts.set(name, bodies.length);
  return [
    `// @example snippets of the ${name} package, each in its own function.`,
    `import fs from "node:fs";`,
    `import { TestClient } from "../pkgs/${name}/src/index.js";`,
    `const client = new TestClient({ baseUrl: "http://localhost" });`,
    `void fs;`,
    ...bodies,
    "",
  ].join("\n");
}
/** Compiler → list of "file(line,col): error TSxxxx: message" lines, paths relative to `root`. */
const diagnostics = new Map<Compiler, string[]>();
const versions = new Map<Compiler, string>();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "features-typecheck-"));
  for (const name of NAMES) {
    const dir = join(root, "pkgs", name);
    try {
      const front = await runFrontEnd(featureConfig(name, dir));
      const files = await formatFiles(emitPackage(front.api));
      mkdirSync(join(root, "examples"), { recursive: true });
      writeFileSync(join(root, "examples", `${name}.ts`), examplesModule(name, files));
      for (const [path, text] of files) {
        if (!path.startsWith("src/") && path !== "package.json") continue;
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    } catch (e) {
      generationErrors.set(name, e);
    }
  }
  mkdirSync(join(root, "types"));
  // The examples read files with node:fs; a minimal declaration keeps Node's types out of the packages' check.
  writeFileSync(
    join(root, "types", "node-fs.d.ts"),
    'declare module "node:fs" {\n  const fs: { createReadStream(path: string): AsyncIterable<Uint8Array> & { path: string } };\n  export default fs;\n}\n',
  );
  for (const f of FIXTURES) writeFileSync(join(root, "types", f), readFileSync(join(FIXTURES_DIR, f), "utf8"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "feature-typecheck", private: true, type: "module" }));
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022", "DOM", "DOM.Iterable"],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ["pkgs/*/src/**/*.ts", "types/*.ts", "examples/*.ts"],
      },
      null,
      2,
    ),
  );
  await Promise.all(
    (Object.entries(COMPILERS) as Array<[Compiler, string]>).map(async ([label, tsc]) => {
      versions.set(label, (await run(process.execPath, [tsc, "--version"], { cwd: root })).stdout.trim());
      let out = "";
      try {
        out = (await run(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], { cwd: root, maxBuffer: 64 << 20 })).stdout;
      } catch (e: any) {
        out = `${e.stdout ?? ""}${e.stderr ?? ""}`;
        if (!out.trim()) throw e;
      }
      diagnostics.set(
        label,
        out
          .split("\n")
          .filter((l) => /error TS\d+/.test(l))
          .map((l) => l.replace(/\\/g, "/")),
      );
    }),
  );
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const errorsIn = (compiler: Compiler, prefix: string) => (diagnostics.get(compiler) ?? []).filter((l) => l.startsWith(prefix));

test("the compilers are the pinned ones", () => {
  expect(versions.get("TypeScript 5.9")).toMatch(/^Version 5\.9\./);
  expect(versions.get("TypeScript 7")).toMatch(/^Version 7\./);
});

test("every diagnostic belongs to a feature package or a fixture (nothing unexpected)", () => {
  for (const c of Object.keys(COMPILERS) as Compiler[]) {
    expect(errorsIn(c, "").filter((l) => !/^(pkgs|types|examples)\//.test(l))).toStrictEqual([]);
  }
});

describe.each(Object.keys(COMPILERS) as Compiler[])("%s, --strict", (compiler) => {
  test.each(NAMES)("package %s type-checks", (name) => {
    if (generationErrors.has(name)) throw generationErrors.get(name);
    expect(errorsIn(compiler, `pkgs/${name}/`)).toStrictEqual([]);
  });

  test.each(FIXTURES)("type-level checks in fixtures/%s hold", (file) => {
    expect(errorsIn(compiler, `types/${file}`)).toStrictEqual([]);
  });

  test.each(NAMES)("the @example snippets of package %s compile", (name) => {
    if (generationErrors.has(name)) throw generationErrors.get(name);
    expect(exampleCounts.get(name)).toBeGreaterThan(0);
    expect(errorsIn(compiler, `examples/${name}.ts`)).toStrictEqual([]);
  });
});
