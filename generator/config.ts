/**
 * Generator config: a YAML (or JSON) file, or CLI flags, resolved against the loaded spec for defaults.
 * Paths in a config file are relative to that file. See README.md › "Config" for every field.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fail } from "./diagnostics.js";
import { escapePointer } from "./pointer.js";
import { expected, fits, isPlainObject, kindOf, preview, type Shape } from "./json-shape.js";
import { parseSource } from "./load/yaml.js";
import { asciiWords, pascalCase } from "./words.js";

export interface OperationConfig {
  /** Positional arguments callers pass that the endpoint does not take; accepted, ignored, marked deprecated. */
  ignoredArguments?: string[];
  /** `false` disables detected pagination; an object sets it explicitly. */
  pagination?: false | Record<string, unknown>;
  /** Emit a separate streaming method for a boolean request flag (e.g. `stream`). */
  streamingFlag?: string;
}

/** A waiter: an operation polled until a status field is terminal; see README.md › "Waiters". */
export interface WaiterConfig {
  /** The operation polled, `<resource>.<method>` in the waiter's resource (default: `<resource>.get`). */
  operation?: string;
  /** Wire path of the status field in the poll result, dot-separated (e.g. `status`, `dataset.validation_status`). */
  status: string;
  /** Status values that end the wait successfully. */
  success: Array<string | number | boolean>;
  /** Status values that end the wait in failure (`…WaiterFailureError`). */
  failure?: Array<string | number | boolean>;
  /** Defaults of the per-call options (seconds): overall timeout, first delay, longest delay. */
  timeoutInSeconds?: number;
  intervalInSeconds?: number;
  maxIntervalInSeconds?: number;
}

export interface GeneratorConfig {
  /** The config file this came from (undefined for flag-only runs). */
  configFile?: string;
  inputs: string[];
  overlays: string[];
  output: string;
  /** Title used for a merged multi-document spec. */
  title?: string;
  package: { name: string; version: string; description?: string; license?: string; author?: string; repository?: string };
  client: {
    className: string;
    errorBaseClass: string;
    /** Prefix of the timeout/connection/abort error aliases (e.g. `Cohere` → `CohereTimeoutError`). */
    errorPrefix: string;
    baseUrl?: string;
    environments?: Record<string, string>;
    /** Environment variable that, when set, overrides the default base URL. */
    baseUrlEnvVar?: string;
    timeoutInSeconds: number;
    maxRetries: number;
  };
  auth?: {
    scheme?: "bearer" | "basic" | "apiKey";
    /** Client option holding the credential (default `token` for bearer, `apiKey` for apiKey). */
    option?: string;
    /** Environment variable read when the option is not given. */
    envVar?: string;
    usernameEnvVar?: string;
    passwordEnvVar?: string;
  };
  /** Header parameters that become client options: header name → option name. */
  headers?: Record<string, { option: string }>;
  /** Per-operation settings keyed `<resource>.<method>` (as named after normalization). */
  operations?: Record<string, OperationConfig>;
  /** Refuse a document with defects (every `validate/` warning becomes an error). */
  strict?: boolean;
  /** What `$ref`s may read beyond the spec's own folder: more folders, and hosts to fetch over HTTP(S). */
  refs?: { allowDirs?: string[]; allowHosts?: string[] };
  /** Waiter methods keyed `<resource>.<waiterMethod>`; `false` removes a detected one. */
  waiters?: Record<string, WaiterConfig | false>;
}

/** What the user wrote (file or flags): everything optional except inputs. */
export type PartialConfig = Partial<Omit<GeneratorConfig, "package" | "client">> & {
  package?: Partial<GeneratorConfig["package"]>;
  client?: Partial<GeneratorConfig["client"]>;
};

const KNOWN = new Set([
  "inputs",
  "overlays",
  "output",
  "title",
  "package",
  "client",
  "auth",
  "headers",
  "operations",
  "strict",
  "refs",
  "waiters",
]);

const str: Shape = { t: "string" };
const strs: Shape = { t: "array", items: str };
const num: Shape = { t: "number" };
/** What each config key must be (sub-keys not listed are not checked here). */
const CONFIG_SHAPE: Shape = {
  t: "object",
  fields: {
    inputs: strs,
    overlays: strs,
    output: str,
    title: str,
    package: {
      t: "object",
      fields: Object.fromEntries(["name", "version", "description", "license", "author", "repository"].map((k) => [k, str])),
    },
    client: {
      t: "object",
      fields: {
        ...Object.fromEntries(["className", "errorBaseClass", "errorPrefix", "baseUrl", "baseUrlEnvVar"].map((k) => [k, str])),
        environments: { t: "object", values: str },
        timeoutInSeconds: num,
        maxRetries: num,
      },
    },
    auth: {
      t: "object",
      fields: Object.fromEntries(["scheme", "option", "envVar", "usernameEnvVar", "passwordEnvVar"].map((k) => [k, str])),
    },
    headers: { t: "object", values: { t: "object", fields: { option: str } } },
    operations: {
      t: "object",
      values: {
        t: "object",
        fields: {
          ignoredArguments: strs,
          pagination: { t: "either", of: [{ t: "boolean" }, { t: "object" }], name: "false or an object" },
          streamingFlag: str,
        },
      },
    },
  },
};

/** The first node of a config that does not have its shape: pointer and message. */
function misfit(shape: Shape, value: unknown, pointer: string): { pointer: string; message: string } | undefined {
  if (!fits(shape, value)) return { pointer, message: `expected ${expected(shape)}, found ${kindOf(value)} (${preview(value)})` };
  const s = shape.t === "either" ? shape.of.find((o) => fits(o, value))! : shape;
  if (s.t === "array" && s.items) {
    for (const [i, v] of (value as unknown[]).entries()) {
      const m = misfit(s.items, v, `${pointer}/${i}`);
      if (m) return m;
    }
  }
  if (s.t === "object") {
    for (const [k, v] of Object.entries(value as object)) {
      const child = s.fields?.[k] ?? s.values;
      const m = child && misfit(child, v, `${pointer}/${escapePointer(k)}`);
      if (m) return m;
    }
  }
  return undefined;
}

/** Stops with a config error at a pointer of the config file, naming its line and column. */
type FailAt = (pointer: string, message: string, code?: string) => never;

export function readConfigFile(path: string): PartialConfig {
  const abs = resolve(path);
  const source = parseSource(readConfigText(path, abs), path, abs);
  const raw = source.doc;
  if (!isPlainObject(raw))
    fail("config", "config/invalid", { file: path, pointer: "", line: 1 }, `config must be a mapping, found ${kindOf(raw)}`);
  const failAt: FailAt = (pointer, message, code = "config/invalid") => {
    const pos = source.positions.get(pointer);
    return fail("config", code, { file: path, pointer, line: pos?.line, column: pos?.column }, message);
  };
  checkConfig(raw, path, failAt);
  return withResolvedPaths(raw, abs);
}

function readConfigText(path: string, abs: string): string {
  try {
    return readFileSync(abs, "utf8");
  } catch {
    fail("config", "config/not-found", { file: path }, "config file not found");
  }
}

/** Stops at the first thing wrong: an unknown key, no inputs, a value of the wrong shape, a `strict` or `refs` list of the wrong type. */
function checkConfig(raw: Record<string, any>, path: string, failAt: FailAt): void {
  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key)) failAt(`/${key}`, `unknown config key "${key}" (known: ${[...KNOWN].join(", ")})`, "config/unknown-key");
  }
  if (!Array.isArray(raw.inputs) || raw.inputs.length === 0) failAt("/inputs", "`inputs` must list at least one spec file or directory");
  const wrong = misfit(CONFIG_SHAPE, raw, "");
  if (wrong) failAt(wrong.pointer, wrong.message);
  if (raw.strict !== undefined && typeof raw.strict !== "boolean") failAt("/strict", "`strict` must be true or false");
  for (const key of ["allowDirs", "allowHosts"]) {
    const v = raw.refs?.[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === "string"))) {
      fail("config", "config/invalid", { file: path, pointer: `/refs/${key}` }, `\`refs.${key}\` must be a list of strings`);
    }
  }
}

/** The config with its paths (inputs, overlays, output, allowed ref folders) resolved against the config file's folder. */
function withResolvedPaths(raw: Record<string, any>, abs: string): PartialConfig {
  const base = dirname(abs);
  const rel = (p: string) => resolve(base, p);
  return {
    ...raw,
    configFile: abs,
    inputs: raw.inputs.map(rel),
    overlays: (raw.overlays ?? []).map(rel),
    ...(raw.output ? { output: rel(raw.output) } : {}),
    ...(raw.refs
      ? { refs: { ...raw.refs, ...(Array.isArray(raw.refs.allowDirs) ? { allowDirs: raw.refs.allowDirs.map(rel) } : {}) } }
      : {}),
  };
}

/** An npm package name is URL-safe: ASCII words only (`宠物商店 API` gives no words, and the default name). */
function kebab(s: string): string {
  return asciiWords(s)
    .map((w) => w.toLowerCase())
    .join("-");
}

/** Fills every default from the spec's `info` (name and client class from the title). */
export function resolveConfig(
  partial: PartialConfig,
  info: { title?: unknown; version?: unknown; description?: unknown } | undefined,
): GeneratorConfig {
  // Read before normalization has checked the spec's shapes: a `title` that is not a string is no title.
  const title = [partial.title, info?.title].find((t): t is string => typeof t === "string") ?? "api";
  const stem = pascalCase(title.replace(/\b(api|sdk|client)\b/gi, " ").trim()) || "Api";
  const name = partial.package?.name ?? (kebab(title.replace(/\b(sdk|client)\b/gi, " ")) || "api-client");
  return {
    ...partial,
    inputs: partial.inputs ?? [],
    overlays: partial.overlays ?? [],
    output: partial.output ?? resolve("generated", name.replace(/^@[^/]+\//, "")),
    package: {
      version: "1.0.0",
      ...(typeof info?.description === "string" && info.description
        ? { description: info.description.split("\n")[0]!.slice(0, 200) }
        : { description: `TypeScript SDK for ${title}` }),
      license: "MIT",
      ...partial.package,
      name,
    },
    client: {
      className: `${stem}Client`,
      errorBaseClass: `${stem}Error`,
      errorPrefix: stem,
      timeoutInSeconds: 60,
      maxRetries: 2,
      ...partial.client,
    },
  };
}
