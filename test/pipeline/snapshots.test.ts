/**
 * File snapshots a reviewer can read (test/pipeline/snapshots/):
 * - cohere/: the normalized Cohere document, its IR and its diagnostics (file paths relative to the repository);
 * - shapes/: for one small spec per normalization and per schema shape, the input, the diagnostics and the code the
 *   generator emits for it.
 * Update with `npx vitest run test/pipeline/snapshots.test.ts -u`, then read the diff.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PartialConfig } from "../../generator/config.js";
import { formatLocation, type Diagnostic } from "../../generator/diagnostics.js";
import { emitPackage } from "../../generator/emit/index.js";
import { runFrontEnd, type FrontEndResult } from "../../generator/pipeline.js";
import { addDist } from "../../generator/write/compile.js";
import { formatFiles } from "../../generator/write/format.js";
import { cohereFrontEnd } from "../helpers/project.js";
import { portable, spec } from "./helpers.js";

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

function portableDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return items.map((d) => ({ ...d, file: portable(d.file) }));
}

describe("Cohere front end", () => {
  let front: FrontEndResult;
  beforeAll(async () => {
    front = await cohereFrontEnd();
  });

  it("normalized document", async () => {
    await expect(json(front.doc)).toMatchFileSnapshot("snapshots/cohere/normalized.json");
  });

  it("IR", async () => {
    await expect(json(front.api)).toMatchFileSnapshot("snapshots/cohere/ir.json");
  });

  it("diagnostics", async () => {
    const items = portableDiagnostics(front.diagnostics.items);
    for (const d of items) expect(d.file, JSON.stringify(d)).not.toMatch(/^\/|\\/);
    await expect(json(items)).toMatchFileSnapshot("snapshots/cohere/diagnostics.json");
  });
});

interface Shape {
  /** Snapshot name: snapshots/shapes/<name>.md */
  name: string;
  /** What the spec shows. */
  about: string;
  input: string;
  overlay?: string;
  config?: Omit<PartialConfig, "inputs" | "overlays">;
  /** Emitted files to show (resource files are matched by prefix `src/resources/`). */
  show: string[];
}

const SHAPES: Shape[] = [
  {
    name: "enum-objects",
    about: "`enum: [{value: x, name?, description?}]` members become plain values; names and descriptions are kept.",
    input: "normalize/enum-objects.yaml",
    show: ["src/types.ts", "src/mappers.ts", "src/resources/"],
  },
  {
    name: "nested-tags",
    about: "`tags: [[subpackage_x]]` becomes resource group `x`: one resource class and client property per group.",
    input: "normalize/nested-tags.yaml",
    show: ["src/Client.ts", "src/resources/"],
  },
  {
    name: "colliding-ids",
    about: "Operation ids that collide across pages (`create`) and missing ids (named from method + path).",
    input: "normalize/operation-ids.yaml",
    show: ["src/Client.ts", "src/resources/"],
  },
  {
    name: "hyphenated-names",
    about: "Schema names that are not identifiers (`embed-jobs_cancel_Response_200`) or not PascalCase are renamed; refs follow.",
    input: "normalize/schema-names.yaml",
    show: ["src/types.ts", "src/mappers.ts", "src/resources/"],
  },
  {
    name: "auth-header-params",
    about: "An `Authorization` header parameter on every operation becomes a bearer token client option.",
    input: "normalize/auth-header-params.yaml",
    show: ["src/options.ts", "src/resources/"],
  },
  {
    name: "client-headers",
    about: "A header every operation declares (X-Client-Name), and one the config names (X-Trace), become client options.",
    input: "normalize/client-headers.yaml",
    config: { headers: { "X-Trace": { option: "trace" } } },
    show: ["src/options.ts", "src/resources/"],
  },
  {
    name: "meaningless-formats",
    about: "`format: string` is dropped; real formats (uuid, int64, date-time) are kept.",
    input: "normalize/meaningless-formats.yaml",
    show: ["src/types.ts", "src/mappers.ts"],
  },
  {
    name: "empty-multipart-overlay",
    about: "A multipart body published with no fields, completed by an overlay: file, optional file, array and JSON fields.",
    input: "shapes/empty-multipart.yaml",
    overlay: "shapes/empty-multipart-overlay.yaml",
    show: ["src/types.ts", "src/mappers.ts", "src/resources/"],
  },
  {
    name: "oneof-without-discriminator",
    about: "oneOf whose variants are told apart only by shape, and a union of a primitive and an array.",
    input: "shapes/oneof-no-discriminator.yaml",
    show: ["src/types.ts", "src/mappers.ts", "src/resources/"],
  },
  {
    name: "oneof-with-discriminator",
    about: "oneOf with a discriminator: an explicit mapping value and implicit ones (schema names).",
    input: "ir/oneof-discriminator.yaml",
    show: ["src/types.ts", "src/mappers.ts"],
  },
  {
    name: "nullable-3.0",
    about: "OpenAPI 3.0 `nullable: true` on properties, arrays and a whole component.",
    input: "ir/nullable-30.yaml",
    show: ["src/types.ts", "src/mappers.ts"],
  },
  {
    name: "nullable-3.1",
    about: 'OpenAPI 3.1 `type: [T, "null"]`, and `null` among enum values.',
    input: "ir/nullable-31.yaml",
    show: ["src/types.ts", "src/mappers.ts"],
  },
  {
    name: "date-time",
    about:
      "`format: date-time` is a Date in TypeScript and an ISO string on the wire (properties, arrays, query parameters); `date` stays a string.",
    input: "ir/formats.yaml",
    show: ["src/types.ts", "src/mappers.ts", "src/resources/"],
  },
  {
    name: "allof",
    about: "allOf of a $ref and an inline object (plus own properties) is merged into one interface.",
    input: "ir/allof.yaml",
    show: ["src/types.ts", "src/mappers.ts"],
  },
  {
    name: "additional-properties",
    about: "additionalProperties: typed maps, `true`, `false`, and declared properties plus extra ones.",
    input: "ir/additional-properties.yaml",
    show: ["src/types.ts", "src/mappers.ts"],
  },
  {
    name: "recursion",
    about: "Self-recursive and mutually recursive schemas (through a lifted inline object).",
    input: "ir/recursion.yaml",
    show: ["src/types.ts", "src/mappers.ts"],
  },
];

const fence = (lang: string, text: string) => "```" + lang + "\n" + text.replace(/\n*$/, "\n") + "```\n";

/**
 * What `generate()` (generator/pipeline.ts) produces before its last step, the dist build: front end → emit → format.
 * The build, which also type-checks, runs once for all shapes together (see the last test), which is much faster than
 * once per shape.
 */
async function emitSources(partial: PartialConfig) {
  const front = await runFrontEnd(partial);
  return { ...front, files: await formatFiles(emitPackage(front.api)) };
}

const emitted = new Map<string, Map<string, string>>();

async function render(shape: Shape): Promise<string> {
  const input = spec(shape.input);
  const overlays = shape.overlay ? [spec(shape.overlay)] : [];
  const { files, diagnostics } = await emitSources({ ...shape.config, inputs: [input], overlays });
  emitted.set(shape.name, files);
  const out: string[] = [
    `# ${shape.name}`,
    "",
    shape.about,
    "",
    `## Input: ${portable(input)}`,
    "",
    fence("yaml", readFileSync(input, "utf8")),
  ];
  if (shape.overlay) out.push(`## Overlay: ${portable(overlays[0]!)}`, "", fence("yaml", readFileSync(overlays[0]!, "utf8")));
  if (shape.config) out.push("## Config", "", fence("json", JSON.stringify(shape.config, null, 2)));
  out.push("## Diagnostics", "");
  for (const d of portableDiagnostics(diagnostics.items)) out.push(`- ${d.severity} \`${d.code}\` at ${formatLocation(d)}: ${d.message}`);
  out.push("");
  const shown = [...files.keys()].filter((p) => shape.show.some((s) => (s.endsWith("/") ? p.startsWith(s) : p === s)));
  expect(shown.length, `${shape.name}: no emitted file matches ${shape.show.join(", ")}`).toBeGreaterThanOrEqual(shape.show.length);
  for (const p of shown) out.push(`## ${p}`, "", fence("ts", files.get(p)!));
  return out.join("\n");
}

describe("what each normalization and schema shape emits", () => {
  for (const shape of SHAPES) {
    it(shape.name, async () => {
      await expect(await render(shape)).toMatchFileSnapshot(`snapshots/shapes/${shape.name}.md`);
    });
  }

  it("every shape's emitted package type-checks (one compile, each package under src/<shape>/)", async () => {
    for (const shape of SHAPES) if (!emitted.has(shape.name)) await render(shape);
    const all = new Map<string, string>();
    for (const [name, files] of emitted) {
      for (const [path, text] of files) if (path.startsWith("src/")) all.set(`src/${name}/${path.slice(4)}`, text);
    }
    expect(all.size).toBeGreaterThan(SHAPES.length * 10);
    // addDist throws compile/type-error (naming src/<shape>/<file> and the line) when the code does not compile.
    const built = await addDist(all);
    for (const shape of SHAPES) expect(built.has(`dist/esm/${shape.name}/index.d.ts`), shape.name).toBe(true);
  });
});
