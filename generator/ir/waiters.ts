/**
 * Waiters: resource methods that poll an operation until a status field is terminal.
 *
 * From the config (`waiters.<resource>.<method>`: operation, status path, success and failure values), and
 * detected where a spec makes it plain: a GET whose path ends in a parameter (`/jobs/{id}`), that needs no other
 * required argument, and whose JSON object response has a string enum property named `status`, `state` or
 * `…_status` / `…Status` (at the top or inside one object property, e.g. `dataset.validation_status`) whose values
 * include at least one success word (complete(d), succeeded, success(ful), done, finished, ready, validated) and at
 * least one failure word (failed, failure, error(ed), cancelled/canceled, rejected, expired, aborted). Everything
 * else is non-terminal. Detected waiters are named `waitUntil<FirstSuccessValue>` and reported (`ir/waiter`); the
 * config replaces them (same operation) or removes them (`false`).
 */
import type { WaiterConfig } from "../config.js";
import type { Diagnostics, Location } from "../diagnostics.js";
import { escapePointer } from "../pointer.js";
import { composedWords, pascalCase } from "../words.js";
import type { NamedType, Operation, Resource, TypeRef, Waiter } from "./types.js";

const SUCCESS = /^(complete|completed|succeeded|success|successful|done|finished|ready|validated)$/i;
const FAILURE = /^(failed|failure|error|errored|cancelled|canceled|rejected|expired|aborted)$/i;
const STATUS_NAME = /^(status|state)$|_(status|state)$|[a-z](Status|State)$/;

const DEFAULTS = { timeoutInSeconds: 3600, intervalInSeconds: 1, maxIntervalInSeconds: 30 };

export interface WaiterInput {
  resources: Iterable<Resource>;
  types: ReadonlyMap<string, NamedType>;
  config: Record<string, WaiterConfig | false> | undefined;
  diagnostics: Diagnostics;
  /** Location of an operation (by its pointer) in the spec. */
  locate: (pointer: string) => Location;
  /** The config file, for config errors. */
  configFile: string;
}

/** A waiter with the method name the config spells it by (`waitUntilDone`), to spot a clash with another. */
interface NamedWaiter {
  key: string;
  waiter: Waiter;
}

/** Sets `waiters` on every resource that gets one: its configured waiters first, then the detected ones. */
export function buildWaiters(input: WaiterInput): void {
  const config = waitersConfig(input);
  // Resources and methods by their config spelling: the parts of the operation ids (`datasets.get`).
  const byResource = new Map<string, Resource>();
  for (const r of input.resources) byResource.set(resourceKey(r), r);
  const configured = configuredWaiters(input, config, byResource);
  for (const [rk, r] of byResource) {
    const list = [...(configured.get(rk) ?? [])];
    addDetectedWaiters(input, config, rk, r, list);
    if (list.length) r.waiters = list.map((w) => w.waiter);
  }
}

/** The `waiters` section, or an empty one (after an error) when it is not a map. */
function waitersConfig(input: WaiterInput): Record<string, WaiterConfig | false> {
  const config = input.config ?? {};
  if (typeof config === "object" && !Array.isArray(config)) return config;
  input.diagnostics.error(
    "config/waiter",
    { file: input.configFile, pointer: "/waiters" },
    "`waiters` must map <resource>.<method> to a waiter or false",
  );
  return {};
}

/** Where the config's `waiters.<key>` entry is. */
function configAt(input: WaiterInput, key: string): Location {
  return { file: input.configFile, pointer: `/waiters/${escapePointer(key)}` };
}

/** The config's waiters by resource key, in config order; an entry that is wrong is reported and left out. */
function configuredWaiters(
  input: WaiterInput,
  config: Record<string, WaiterConfig | false>,
  byResource: ReadonlyMap<string, Resource>,
): Map<string, NamedWaiter[]> {
  const configured = new Map<string, NamedWaiter[]>();
  for (const [key, raw] of Object.entries(config)) {
    if (raw === false) continue;
    const found = configuredWaiter(input, byResource, key, raw);
    if (found) configured.set(found.rk, [...(configured.get(found.rk) ?? []), found.waiter]);
  }
  return configured;
}

/** The waiter one `waiters.<resource>.<method>` entry describes, or undefined after reporting what is wrong with it. */
function configuredWaiter(
  input: WaiterInput,
  byResource: ReadonlyMap<string, Resource>,
  key: string,
  raw: WaiterConfig,
): { rk: string; waiter: NamedWaiter } | undefined {
  const problem = (msg: string) => input.diagnostics.error("config/waiter", configAt(input, key), `waiters.${key}: ${msg}`);
  const target = waiterTarget(byResource, key, raw, problem);
  if (!target) return undefined;
  const { rk, name, op } = target;
  const statusPath = raw.status.split(".");
  const statusType = typeAt(responseType(op), statusPath, input.types);
  if (!statusType) {
    problem(`${op.id} has no JSON response property at "${raw.status}"`);
    return undefined;
  }
  const failure = raw.failure ?? [];
  warnUnknownStatusValues(input, key, raw.status, [...raw.success, ...failure], statusType);
  const waiter: Waiter = {
    name: composedWords(name),
    operation: op.id,
    statusPath,
    success: [...raw.success],
    failure: [...failure],
    timeoutInSeconds: positive(raw.timeoutInSeconds) ?? DEFAULTS.timeoutInSeconds,
    intervalInSeconds: positive(raw.intervalInSeconds) ?? DEFAULTS.intervalInSeconds,
    maxIntervalInSeconds: positive(raw.maxIntervalInSeconds) ?? DEFAULTS.maxIntervalInSeconds,
    origin: "config",
  };
  return { rk, waiter: { key: name, waiter } };
}

/**
 * The resource, method name and polled operation of a config entry, checked: the key names a resource and an
 * identifier that is not already one of its methods, the entry has a status path and success values, and its
 * operation (default `<resource>.get`) exists. Undefined after `problem` reported the first thing wrong.
 */
function waiterTarget(
  byResource: ReadonlyMap<string, Resource>,
  key: string,
  raw: WaiterConfig,
  problem: (msg: string) => void,
): { rk: string; name: string; op: Operation } | undefined {
  const dot = key.indexOf(".");
  const resource = dot > 0 ? byResource.get(key.slice(0, dot)) : undefined;
  const name = key.slice(dot + 1);
  if (!resource || !/^[A-Za-z_$][\w$]*$/.test(name)) {
    problem(`the key must be <resource>.<method> naming an existing resource (${[...byResource.keys()].join(", ")}) and an identifier`);
    return undefined;
  }
  if (
    typeof raw !== "object" ||
    raw === null ||
    typeof raw.status !== "string" ||
    !Array.isArray(raw.success) ||
    raw.success.length === 0
  ) {
    problem("needs `status` (the status field's wire path) and a non-empty `success` list");
    return undefined;
  }
  const rk = resourceKey(resource);
  const opName = raw.operation ? (raw.operation.startsWith(`${rk}.`) ? raw.operation.slice(rk.length + 1) : raw.operation) : "get";
  const op = resource.operations.find((o) => methodKey(o) === opName);
  if (!op) {
    problem(`operation "${raw.operation ?? `${rk}.get`}" is not an operation of ${rk} (${resource.operations.map(methodKey).join(", ")})`);
    return undefined;
  }
  if (resource.operations.some((o) => methodKey(o) === name)) {
    problem(`"${name}" is already an operation of ${rk}`);
    return undefined;
  }
  return { rk, name, op };
}

/** Warns when the config's success or failure values are not among the status field's enum values (a likely typo). */
function warnUnknownStatusValues(
  input: WaiterInput,
  key: string,
  status: string,
  values: Array<string | number | boolean>,
  statusType: TypeRef,
): void {
  const known = enumValues(statusType, input.types);
  const unknown = known ? values.filter((v) => !known.includes(v)) : [];
  if (unknown.length)
    input.diagnostics.warn(
      "config/waiter",
      configAt(input, key),
      `waiters.${key}: ${unknown.map((v) => JSON.stringify(v)).join(", ")} not among the values of "${status}" (${known!.join(", ")})`,
    );
}

/**
 * Appends to `list` the waiters the resource's operations make plain (see the module comment), each reported, unless
 * the config disables it, a waiter already polls that operation or has that name, or the name is taken by a method.
 */
function addDetectedWaiters(
  input: WaiterInput,
  config: Record<string, WaiterConfig | false>,
  rk: string,
  r: Resource,
  list: NamedWaiter[],
): void {
  for (const op of r.operations) {
    const found = detect(op, input.types);
    if (!found) continue;
    const name = `waitUntil${pascalCase(String(found.success[0]))}`;
    const key = `${rk}.${name}`;
    if (
      config[key] === false ||
      list.some((w) => w.waiter.operation === op.id || w.key === name) ||
      r.operations.some((o) => methodKey(o) === name)
    )
      continue;
    const words = composedWords(`waitUntil ${String(found.success[0])}`);
    list.push({ key: name, waiter: { name: words, operation: op.id, ...found, ...DEFAULTS, origin: "detected" } });
    input.diagnostics.info(
      "ir/waiter",
      input.locate(op.source),
      `${key}: polls ${op.id} until ${found.statusPath.join(".")} is ${found.success.join(" or ")} (fails on ${found.failure.join(", ")}); configure or disable with waiters.${key}`,
    );
  }
}

/** A resource's name as the config spells it: the first part of its operations' ids. */
function resourceKey(r: Resource): string {
  const id = r.operations[0]?.id ?? "";
  return id.slice(0, id.indexOf("."));
}

/** An operation's method name as the config spells it: the second part of its id. */
function methodKey(o: Operation): string {
  return o.id.slice(o.id.indexOf(".") + 1);
}

/** A waiter this operation makes plain (see the module comment). */
function detect(op: Operation, types: ReadonlyMap<string, NamedType>): Pick<Waiter, "statusPath" | "success" | "failure"> | undefined {
  if (op.method !== "GET" || !/\/\{[^}]+\}$/.test(op.path)) return undefined;
  if (op.params.some((p) => p.in !== "path" && p.required) || op.body?.required) return undefined;
  const root = resolve(responseType(op), types);
  if (root?.kind !== "object") return undefined;
  const candidates: string[][] = [];
  for (const p of root.properties) {
    if (STATUS_NAME.test(p.name)) candidates.push([p.name]);
  }
  for (const p of root.properties) {
    const inner = resolve(p.type, types);
    if (inner?.kind === "object") for (const q of inner.properties) if (STATUS_NAME.test(q.name)) candidates.push([p.name, q.name]);
  }
  for (const path of candidates) {
    const t = typeAt(root, path, types);
    const values = t && enumValues(t, types);
    if (!values?.every((v) => typeof v === "string")) continue;
    const success = values.filter((v) => SUCCESS.test(String(v)));
    const failure = values.filter((v) => FAILURE.test(String(v)));
    if (success.length && failure.length) return { statusPath: path, success, failure };
  }
  return undefined;
}

function responseType(op: Operation): TypeRef | undefined {
  return op.responses.find((r) => r.kind === "json" && r.type)?.type;
}

/** Follows named types and nullability (bounded, so alias cycles end). */
function resolve(t: TypeRef | undefined, types: ReadonlyMap<string, NamedType>): TypeRef | undefined {
  for (let i = 0; t && i < 32; i++) {
    if (t.kind === "named") t = types.get(t.name)?.type;
    else if (t.kind === "nullable") t = t.type;
    else return t;
  }
  return undefined;
}

/** The type of the property at `path` (wire names) below `t`. */
function typeAt(t: TypeRef | undefined, path: string[], types: ReadonlyMap<string, NamedType>): TypeRef | undefined {
  let cur = t;
  for (const seg of path) {
    const obj = resolve(cur, types);
    if (obj?.kind !== "object") return undefined;
    cur = obj.properties.find((p) => p.name === seg)?.type;
  }
  return cur;
}

function enumValues(t: TypeRef, types: ReadonlyMap<string, NamedType>): Array<string | number | boolean | null> | undefined {
  const r = resolve(t, types);
  if (r?.kind === "enum") return r.values;
  if (r?.kind === "literal") return [r.value];
  return undefined;
}

function positive(n: unknown): number | undefined {
  return typeof n === "number" && n > 0 ? n : undefined;
}
