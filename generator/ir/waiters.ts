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

/** Sets `waiters` on every resource that gets one. */
export function buildWaiters(input: WaiterInput): void {
  const { types, diagnostics } = input;
  let config = input.config ?? {};
  if (typeof config !== "object" || Array.isArray(config)) {
    diagnostics.error(
      "config/waiter",
      { file: input.configFile, pointer: "/waiters" },
      "`waiters` must map <resource>.<method> to a waiter or false",
    );
    config = {};
  }
  // Resources and methods by their config spelling: the parts of the operation ids (`datasets.get`).
  const byResource = new Map<string, Resource>();
  for (const r of input.resources) byResource.set(resourceKey(r), r);
  const at = (key: string): Location => ({ file: input.configFile, pointer: `/waiters/${escapePointer(key)}` });

  const configured = new Map<string, Array<{ key: string; waiter: Waiter }>>();
  for (const [key, raw] of Object.entries(config)) {
    if (raw === false) continue;
    const dot = key.indexOf(".");
    const resource = dot > 0 ? byResource.get(key.slice(0, dot)) : undefined;
    const name = key.slice(dot + 1);
    const problem = (msg: string) => diagnostics.error("config/waiter", at(key), `waiters.${key}: ${msg}`);
    if (!resource || !/^[A-Za-z_$][\w$]*$/.test(name)) {
      problem(`the key must be <resource>.<method> naming an existing resource (${[...byResource.keys()].join(", ")}) and an identifier`);
      continue;
    }
    if (
      typeof raw !== "object" ||
      raw === null ||
      typeof raw.status !== "string" ||
      !Array.isArray(raw.success) ||
      raw.success.length === 0
    ) {
      problem("needs `status` (the status field's wire path) and a non-empty `success` list");
      continue;
    }
    const rk = resourceKey(resource);
    const opName = raw.operation ? (raw.operation.startsWith(`${rk}.`) ? raw.operation.slice(rk.length + 1) : raw.operation) : "get";
    const op = resource.operations.find((o) => methodKey(o) === opName);
    if (!op) {
      problem(
        `operation "${raw.operation ?? `${rk}.get`}" is not an operation of ${rk} (${resource.operations.map(methodKey).join(", ")})`,
      );
      continue;
    }
    if (resource.operations.some((o) => methodKey(o) === name)) {
      problem(`"${name}" is already an operation of ${rk}`);
      continue;
    }
    const statusPath = raw.status.split(".");
    const statusType = typeAt(responseType(op), statusPath, types);
    if (!statusType) {
      problem(`${op.id} has no JSON response property at "${raw.status}"`);
      continue;
    }
    const failure = raw.failure ?? [];
    const known = enumValues(statusType, types);
    const unknown = known ? [...raw.success, ...failure].filter((v) => !known.includes(v)) : [];
    if (unknown.length)
      diagnostics.warn(
        "config/waiter",
        at(key),
        `waiters.${key}: ${unknown.map((v) => JSON.stringify(v)).join(", ")} not among the values of "${raw.status}" (${known!.join(", ")})`,
      );
    const w: Waiter = {
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
    configured.set(rk, [...(configured.get(rk) ?? []), { key: name, waiter: w }]);
  }

  for (const [rk, r] of byResource) {
    const list = [...(configured.get(rk) ?? [])];
    for (const op of r.operations) {
      const found = detect(op, types);
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
      diagnostics.info(
        "ir/waiter",
        input.locate(op.source),
        `${key}: polls ${op.id} until ${found.statusPath.join(".")} is ${found.success.join(" or ")} (fails on ${found.failure.join(", ")}); configure or disable with waiters.${key}`,
      );
    }
    if (list.length) r.waiters = list.map((w) => w.waiter);
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
