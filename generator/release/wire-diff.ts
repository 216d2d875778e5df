/**
 * Wire-level comparison of two {@link WireModel}s: operations, parameters, bodies, properties, enums, statuses, auth
 * and servers. Types are compared structurally through their references, so a renamed schema with the same shape is
 * no wire change (the SDK surface comparison reports the rename). A named type shared by several operations is compared
 * once and its changes are reported once, naming the operations that use it.
 *
 * Direction decides the kind: in a request, what the server no longer accepts is breaking; in a response, what the
 * client can no longer rely on is breaking. Generated enums are open (unknown values are accepted by the types), so a
 * value added to a response enum is a feature.
 */
import { escapePointer } from "../pointer.js";
import type { Change, ChangeKind, ChangeSection } from "./types.js";
import type { WireLocation, WireModel, WireOperation, WireProperty, WireType } from "./wire.js";

type Dir = "in" | "out";
type Of<K extends WireType["kind"]> = Extract<WireType, { kind: K }>;
type WirePrimitive = Of<"primitive">;
type WireEnum = Of<"enum">;
type WireUnion = Of<"union">;
type WireObject = Of<"object">;

interface Draft {
  kind: ChangeKind;
  code: string;
  section: ChangeSection;
  subject: string;
  message: string;
  at?: WireLocation;
}

/** Changes found inside a named type pair, with the operations that reach it. */
interface TypeMemo {
  drafts: Draft[];
  ops: Set<string>;
  done: boolean;
}

function describe(t: WireType | undefined): string {
  if (!t) return "nothing";
  switch (t.kind) {
    case "named":
      return t.name;
    case "primitive":
      return t.format ? `${t.type} (${t.format})` : t.type;
    case "literal":
      return JSON.stringify(t.value);
    case "enum":
      return `enum ${t.values.map((v) => JSON.stringify(v)).join(" | ")}`;
    case "array":
      return `array of ${describe(t.items)}`;
    case "map":
      return `map of ${describe(t.values)}`;
    case "object":
      return "object";
    case "union":
      return `union of ${t.variants.map(describe).join(", ")}`;
    case "intersection":
      return `intersection of ${t.parts.map(describe).join(", ")}`;
    case "nullable":
      return `${describe(t.type)} or null`;
  }
}

const sideWord = (dir: Dir) => (dir === "in" ? "request" : "response");

class WireDiff {
  readonly out: Draft[] = [];
  private readonly memo = new Map<string, TypeMemo>();
  private currentOp = "";

  constructor(
    private readonly before: WireModel,
    private readonly after: WireModel,
  ) {}

  run(): Change[] {
    this.servers();
    this.auth();
    const keys = new Set([...Object.keys(this.before.operations), ...Object.keys(this.after.operations)]);
    for (const key of [...keys].sort()) {
      const a = this.before.operations[key];
      const b = this.after.operations[key];
      const label = (o: WireOperation) => `${o.id} (${o.method} ${o.path})`;
      if (a && !b) this.add("breaking", "operation-removed", "Removed", a.id, `Operation ${label(a)} removed`, a.at);
      else if (!a && b) this.add("feature", "operation-added", "Added", b.id, `Operation ${label(b)} added`, b.at);
      else if (a && b) this.operation(a, b);
    }
    const changes: Change[] = [];
    const emit = (d: Draft, suffix = "") =>
      changes.push({
        kind: d.kind,
        level: "wire",
        code: d.code,
        section: d.section,
        subject: d.subject,
        message: d.message + suffix,
        ...(d.at ? { file: d.at.file, ...(d.at.line !== undefined ? { line: d.at.line } : {}), pointer: d.at.pointer } : {}),
      });
    this.out.forEach((d) => {
      emit(d);
    });
    for (const m of this.memo.values()) {
      const ops = [...m.ops].sort();
      const suffix = ops.length ? ` (used by ${ops.slice(0, 3).join(", ")}${ops.length > 3 ? ` and ${ops.length - 3} more` : ""})` : "";
      m.drafts.forEach((d) => {
        emit(d, suffix);
      });
    }
    return changes;
  }

  private add(
    kind: ChangeKind,
    code: string,
    section: ChangeSection,
    subject: string,
    message: string,
    at?: WireLocation,
    into = this.out,
  ): void {
    into.push({ kind, code, section, subject, message, at });
  }

  private servers(): void {
    const a = this.before.servers;
    const b = this.after.servers;
    for (const url of a) if (!b.includes(url)) this.add("breaking", "server-removed", "Removed", "servers", `Server ${url} removed`);
    for (const url of b) if (!a.includes(url)) this.add("feature", "server-added", "Added", "servers", `Server ${url} added`);
    if (a[0] && b[0] && a[0] !== b[0] && b.includes(a[0]))
      this.add("breaking", "server-default-changed", "Changed", "servers", `Default server changed from ${a[0]} to ${b[0]}`);
  }

  private auth(): void {
    for (const [name, was] of Object.entries(this.before.auth)) {
      const now = this.after.auth[name];
      if (now !== undefined && now !== was)
        this.add("breaking", "auth-scheme-changed", "Changed", `auth ${name}`, `Security scheme ${name} changed from ${was} to ${now}`);
    }
    for (const name of Object.keys(this.after.auth))
      if (!(name in this.before.auth))
        this.add("feature", "auth-scheme-added", "Added", `auth ${name}`, `Security scheme ${name} (${this.after.auth[name]}) added`);
  }

  private operation(a: WireOperation, b: WireOperation): void {
    this.currentOp = b.id;
    const subject = b.id;
    if (a.id !== b.id)
      this.add("breaking", "operation-renamed", "Changed", subject, `Operation ${b.method} ${b.path} is now ${b.id} (was ${a.id})`, b.at);
    if (!a.deprecated && b.deprecated)
      this.add("feature", "operation-deprecated", "Deprecated", subject, `Operation ${b.id} deprecated`, b.at);
    if (a.doc !== b.doc) this.add("fix", "operation-docs", "Changed", subject, `Documentation of ${b.id} updated`, b.at);
    this.security(a, b);
    this.params(a, b);
    this.body(a, b);
    this.responses(a, b);
    this.errors(a, b);
  }

  /** Security: a caller holding the credentials of an old alternative must still satisfy some new alternative. */
  private security(a: WireOperation, b: WireOperation): void {
    const subject = b.id;
    const key = (alt: string[]) => alt.join("+") || "none";
    const lost = a.security.filter((alt) => !b.security.some((n) => n.every((s) => alt.includes(s))));
    if (lost.length)
      this.add(
        "breaking",
        "security-changed",
        "Changed",
        subject,
        `Authentication of ${b.id} changed from ${a.security.map(key).join(" or ")} to ${b.security.map(key).join(" or ")}`,
        b.at,
      );
    else {
      const gained = b.security.filter((alt) => !a.security.some((o) => key(o) === key(alt)));
      if (gained.length)
        this.add("feature", "security-added", "Added", subject, `${b.id} also accepts ${gained.map(key).join(" or ")}`, b.at);
    }
  }

  /** Parameters, keyed by location and name; a name that moved location is one change. */
  private params(a: WireOperation, b: WireOperation): void {
    const subject = b.id;
    const pk = (p: { in: string; name: string }) => `${p.in}:${p.name}`;
    const before = new Map(a.params.map((p) => [pk(p), p]));
    const after = new Map(b.params.map((p) => [pk(p), p]));
    for (const [k, p] of before) {
      const q = after.get(k);
      if (!q) {
        const moved = b.params.find((n) => n.name === p.name);
        if (moved)
          this.add(
            "breaking",
            "parameter-location-changed",
            "Changed",
            subject,
            `Parameter \`${p.name}\` of ${b.id} moved from ${p.in} to ${moved.in}`,
            moved.at,
          );
        else this.add("breaking", "parameter-removed", "Removed", subject, `${cap(p.in)} parameter \`${p.name}\` of ${b.id} removed`, a.at);
        continue;
      }
      if (!p.required && q.required)
        this.add(
          "breaking",
          "parameter-required",
          "Changed",
          subject,
          `${cap(q.in)} parameter \`${q.name}\` of ${b.id} is now required`,
          q.at,
        );
      if (p.required && !q.required)
        this.add(
          "feature",
          "parameter-optional",
          "Changed",
          subject,
          `${cap(q.in)} parameter \`${q.name}\` of ${b.id} is now optional`,
          q.at,
        );
      if (p.doc !== q.doc)
        this.add("fix", "parameter-docs", "Changed", subject, `Documentation of parameter \`${q.name}\` of ${b.id} updated`, q.at);
      this.type(p.type, q.type, { dir: "in", where: `parameter \`${q.name}\` of ${b.id}`, subject, at: q.at, into: this.out });
    }
    for (const [k, q] of after) {
      if (before.has(k) || a.params.some((p) => p.name === q.name)) continue;
      if (q.required)
        this.add(
          "breaking",
          "parameter-added-required",
          "Added",
          subject,
          `Required ${q.in} parameter \`${q.name}\` added to ${b.id}`,
          q.at,
        );
      else this.add("feature", "parameter-added", "Added", subject, `Optional ${q.in} parameter \`${q.name}\` added to ${b.id}`, q.at);
    }
  }

  private body(a: WireOperation, b: WireOperation): void {
    const subject = b.id;
    if (a.body && !b.body) this.add("breaking", "body-removed", "Removed", subject, `Request body of ${b.id} removed`, b.at);
    else if (!a.body && b.body)
      this.add(
        b.body.required ? "breaking" : "feature",
        "body-added",
        "Added",
        subject,
        `${b.body.required ? "Required" : "Optional"} request body added to ${b.id}`,
        b.at,
      );
    else if (a.body && b.body) {
      if (a.body.kind !== b.body.kind || a.body.contentType !== b.body.contentType)
        this.add(
          "breaking",
          "body-content-type-changed",
          "Changed",
          subject,
          `Request body of ${b.id} changed from ${a.body.contentType} to ${b.body.contentType}`,
          b.at,
        );
      if (!a.body.required && b.body.required)
        this.add("breaking", "body-required", "Changed", subject, `Request body of ${b.id} is now required`, b.at);
      this.type(a.body.type, b.body.type, { dir: "in", where: `request body of ${b.id}`, subject, at: b.at, into: this.out });
    }
  }

  /** Success responses, by status. */
  private responses(a: WireOperation, b: WireOperation): void {
    const subject = b.id;
    for (const r of a.responses) {
      const s = b.responses.find((n) => n.status === r.status);
      if (!s) {
        this.add(
          "breaking",
          "response-status-removed",
          "Removed",
          subject,
          `Response ${r.status} of ${b.id} removed (now ${b.responses.map((n) => n.status).join(", ") || "none"})`,
          b.at,
        );
        continue;
      }
      if (r.kind !== s.kind || r.contentType !== s.contentType)
        this.add(
          "breaking",
          "response-content-type-changed",
          "Changed",
          subject,
          `Response ${r.status} of ${b.id} changed from ${r.contentType ?? r.kind} to ${s.contentType ?? s.kind}`,
          b.at,
        );
      else this.type(r.type, s.type, { dir: "out", where: `response ${r.status} of ${b.id}`, subject, at: b.at, into: this.out });
    }
    for (const s of b.responses)
      if (!a.responses.some((r) => r.status === s.status))
        this.add("feature", "response-status-added", "Added", subject, `Response ${s.status} added to ${b.id}`, b.at);
  }

  /** Error responses: a newly documented error is a feature; a status no longer documented is a fix of the docs. */
  private errors(a: WireOperation, b: WireOperation): void {
    const subject = b.id;
    for (const e of a.errors) {
      const f = b.errors.find((n) => n.status === e.status);
      if (!f)
        this.add("fix", "error-status-removed", "Removed", subject, `Error response ${e.status} no longer documented for ${b.id}`, b.at);
      else this.type(e.type, f.type, { dir: "out", where: `error ${e.status} body of ${b.id}`, subject, at: b.at, into: this.out });
    }
    for (const f of b.errors)
      if (!a.errors.some((e) => e.status === f.status))
        this.add("feature", "error-status-added", "Added", subject, `Error response ${f.status} documented for ${b.id}`, b.at);
  }

  private resolve(t: WireType | undefined, model: WireModel): WireType | undefined {
    let cur = t;
    for (let i = 0; cur?.kind === "named" && i < 64; i++) cur = model.types[cur.name]?.type;
    return cur;
  }

  /** Drafts at one place: `breaking` and `feature` (section "Changed" unless given). */
  private reporters(p: Place) {
    return {
      breaking: (code: string, message: string) => this.add("breaking", code, "Changed", p.subject, message, p.at, p.into),
      feature: (code: string, message: string, section: ChangeSection = "Changed") =>
        this.add("feature", code, section, p.subject, message, p.at, p.into),
    };
  }

  /** Compares two types at one place (`where`), recording drafts into `into`. */
  private type(a: WireType | undefined, b: WireType | undefined, p: Place): void {
    if (!a && !b) return;
    if (a?.kind === "named" && b?.kind === "named") return this.namedPair(a.name, b.name, p.dir);
    if (a?.kind === "named") return this.type(this.resolve(a, this.before), b, p);
    if (b?.kind === "named") return this.type(a, this.resolve(b, this.after), p);
    const { breaking } = this.reporters(p);
    if (!a || !b) return breaking("type-changed", `Type of ${p.where} changed from ${describe(a)} to ${describe(b)}`);
    if (a.kind === "nullable" || b.kind === "nullable") return this.nullability(a, b, p);
    if (a.kind !== b.kind) return this.kindChanged(a, b, p);
    switch (a.kind) {
      case "primitive":
        return this.primitive(a, b as typeof a, p);
      case "literal":
        if (a.value !== (b as typeof a).value)
          breaking("type-changed", `Value of ${p.where} changed from ${describe(a)} to ${describe(b)}`);
        return;
      case "enum":
        return this.enumValues(a, b as typeof a, p);
      case "array":
        return this.type(a.items, (b as typeof a).items, { ...p, where: `${p.where}[]` });
      case "map":
        return this.type(a.values, (b as typeof a).values, { ...p, where: `${p.where}{}` });
      case "intersection": {
        const bp = (b as typeof a).parts;
        if (a.parts.length !== bp.length)
          return breaking("type-changed", `Type of ${p.where} changed from ${describe(a)} to ${describe(b)}`);
        a.parts.forEach((part, i) => {
          this.type(part, bp[i], p);
        });
        return;
      }
      case "union":
        return this.union(a, b as typeof a, p);
      case "object":
        return this.object(a, b as typeof a, p);
    }
  }

  /**
   * A named type pair is compared once per direction: its changes go to the memo (reported once, naming the
   * operations that reach it), and each later visit only records the current operation.
   */
  private namedPair(aName: string, bName: string, dir: Dir): void {
    const key = `${dir}|${aName}|${bName}`;
    let memo = this.memo.get(key);
    if (!memo) {
      memo = { drafts: [], ops: new Set(), done: false };
      this.memo.set(key, memo);
      const ta = this.before.types[aName];
      const tb = this.after.types[bName];
      if (!ta || !tb) memo.done = true;
      else {
        const typeAt = tb.at;
        if (ta.doc !== tb.doc) this.add("fix", "type-docs", "Changed", bName, `Documentation of ${bName} updated`, typeAt, memo.drafts);
        this.type(ta.type, tb.type, { dir, where: bName, subject: bName, at: typeAt, into: memo.drafts });
        memo.done = true;
      }
    }
    if (this.currentOp) memo.ops.add(this.currentOp);
  }

  /** Null accepted or returned, or no longer; then the types without the null. */
  private nullability(a: WireType, b: WireType, p: Place): void {
    const { breaking, feature } = this.reporters(p);
    const { dir, where } = p;
    const an = a.kind === "nullable";
    const bn = b.kind === "nullable";
    if (an && !bn)
      (dir === "in" ? breaking : feature)("nullable-removed", `${cap(where)} no longer ${dir === "in" ? "accepts" : "returns"} null`);
    if (!an && bn) (dir === "in" ? feature : breaking)("nullable-added", `${cap(where)} may now ${dir === "in" ? "be" : "return"} null`);
    return this.type(an ? (a as { type: WireType }).type : a, bn ? (b as { type: WireType }).type : b, p);
  }

  /** Types of different kinds: an enum loosened to its base type (or tightened from it) is a widening/narrowing, not a new type. */
  private kindChanged(a: WireType, b: WireType, p: Place): void {
    const { breaking, feature } = this.reporters(p);
    const { dir, where } = p;
    const base = (t: WireType) =>
      t.kind === "enum"
        ? typeof t.values.find((v) => v !== null) === "number"
          ? "number"
          : "string"
        : t.kind === "primitive"
          ? t.type
          : t.kind;
    if (a.kind === "enum" && b.kind === "primitive" && base(a) === b.type)
      return (dir === "in" ? feature : breaking)("type-widened", `${cap(where)} is no longer limited to ${describe(a)}`);
    if (a.kind === "primitive" && b.kind === "enum" && base(b) === a.type)
      return (dir === "in" ? breaking : feature)("type-narrowed", `${cap(where)} is now limited to ${describe(b)}`);
    return breaking("type-changed", `Type of ${where} changed from ${describe(a)} to ${describe(b)}`);
  }

  private primitive(a: WirePrimitive, bp: WirePrimitive, p: Place): void {
    const { breaking, feature } = this.reporters(p);
    const { dir, where } = p;
    if (a.type === bp.type) return;
    if (bp.type === "unknown" || (a.type === "integer" && bp.type === "number"))
      return (dir === "in" ? feature : breaking)("type-widened", `Type of ${where} widened from ${describe(a)} to ${describe(bp)}`);
    if (a.type === "unknown" || (a.type === "number" && bp.type === "integer"))
      return (dir === "in" ? breaking : feature)("type-narrowed", `Type of ${where} narrowed from ${describe(a)} to ${describe(bp)}`);
    return breaking("type-changed", `Type of ${where} changed from ${describe(a)} to ${describe(bp)}`);
  }

  private enumValues(a: WireEnum, b: WireEnum, p: Place): void {
    const { breaking, feature } = this.reporters(p);
    const { dir, where } = p;
    const bv = b.values;
    const removed = a.values.filter((v) => !bv.includes(v));
    const added = bv.filter((v) => !a.values.includes(v));
    const list = (vs: unknown[]) => vs.map((v) => `\`${String(v)}\``).join(", ");
    if (removed.length)
      (dir === "in" ? breaking : feature)(
        "enum-value-removed",
        `${cap(where)}: enum value${removed.length > 1 ? "s" : ""} ${list(removed)} removed`,
      );
    if (added.length) feature("enum-value-added", `${cap(where)}: enum value${added.length > 1 ? "s" : ""} ${list(added)} added`, "Added");
  }

  /** Discriminated unions by their mapping values; others by variant count, then variant by variant. */
  private union(a: WireUnion, bu: WireUnion, p: Place): void {
    const { breaking, feature } = this.reporters(p);
    const { dir, where } = p;
    if (a.discriminator && bu.discriminator) {
      const am = new Map(a.discriminator.mapping.map((m) => [m.value, m.type]));
      const bm = new Map(bu.discriminator.mapping.map((m) => [m.value, m.type]));
      for (const [v, t] of am) {
        const u = bm.get(v);
        if (u === undefined) (dir === "in" ? breaking : feature)("union-variant-removed", `${cap(where)}: variant \`${v}\` removed`);
        else this.type({ kind: "named", name: t }, { kind: "named", name: u }, { ...p, where: `${where} (${v})` });
      }
      for (const v of bm.keys()) if (!am.has(v)) feature("union-variant-added", `${cap(where)}: variant \`${v}\` added`, "Added");
      return;
    }
    if (a.variants.length !== bu.variants.length) {
      if (a.variants.length < bu.variants.length)
        return (dir === "in" ? feature : breaking)(
          "union-widened",
          `${cap(where)} now has ${bu.variants.length} variants (was ${a.variants.length})`,
        );
      return (dir === "in" ? breaking : feature)(
        "union-narrowed",
        `${cap(where)} now has ${bu.variants.length} variants (was ${a.variants.length})`,
      );
    }
    a.variants.forEach((v, i) => {
      this.type(v, bu.variants[i], p);
    });
  }

  /** Properties removed, changed (required, deprecated, docs, type) and added; then the additional properties. */
  private object(a: WireObject, bo: WireObject, p: Place): void {
    const { dir, where, subject, at, into } = p;
    const before = new Map(a.properties.map((q) => [q.name, q]));
    const after = new Map(bo.properties.map((q) => [q.name, q]));
    const side = sideWord(dir);
    const propAt = (name: string) => {
      if (!at) return undefined;
      const line = (after.get(name) ?? before.get(name))?.line ?? at.line;
      return { ...at, ...(line !== undefined ? { line } : {}), pointer: `${at.pointer}/properties/${escapePointer(name)}` };
    };
    const put = (kind: ChangeKind, code: string, section: ChangeSection, name: string, message: string) =>
      this.add(kind, code, section, `${subject}.${name}`, message, propAt(name), into);
    for (const [name, q0] of before) {
      const q = after.get(name);
      if (!q) {
        put("breaking", `${side}-property-removed`, "Removed", name, `${cap(side)} property \`${name}\` removed from ${where}`);
        continue;
      }
      this.propertyChanged(q0, q, p, put);
      this.type(q0.type, q.type, { dir, where: `\`${name}\` of ${where}`, subject: `${subject}.${name}`, at: propAt(name), into });
    }
    for (const [name, q] of after) {
      if (before.has(name)) continue;
      if (dir === "in" && q.required)
        put("breaking", "request-property-added-required", "Added", name, `Required request property \`${name}\` added to ${where}`);
      else
        put(
          "feature",
          `${side}-property-added`,
          "Added",
          name,
          `${q.required ? "" : "Optional "}${side} property \`${name}\` added to ${where}`.replace(/^o/, "O").replace(/^r/, "R"),
        );
    }
    if (a.additional || bo.additional)
      this.type(a.additional ?? { kind: "primitive", type: "unknown" }, bo.additional ?? { kind: "primitive", type: "unknown" }, {
        ...p,
        where: `additional properties of ${where}`,
      });
  }

  /** A property on both sides: required or optional now (which way breaks depends on the direction), deprecated, docs. */
  private propertyChanged(
    p: WireProperty,
    q: WireProperty,
    place: Place,
    put: (kind: ChangeKind, code: string, section: ChangeSection, name: string, message: string) => void,
  ): void {
    const { dir, where } = place;
    const name = q.name;
    const side = sideWord(dir);
    if (dir === "in" && !p.required && q.required)
      put("breaking", "request-property-required", "Changed", name, `Request property \`${name}\` of ${where} is now required`);
    if (dir === "in" && p.required && !q.required)
      put("feature", "request-property-optional", "Changed", name, `Request property \`${name}\` of ${where} is now optional`);
    if (dir === "out" && p.required && !q.required)
      put("breaking", "response-property-optional", "Changed", name, `Response property \`${name}\` of ${where} may now be absent`);
    if (dir === "out" && !p.required && q.required)
      put("feature", "response-property-required", "Changed", name, `Response property \`${name}\` of ${where} is now always present`);
    if (!p.deprecated && q.deprecated)
      put("feature", "property-deprecated", "Deprecated", name, `${cap(side)} property \`${name}\` of ${where} deprecated`);
    if (p.doc !== q.doc) put("fix", "property-docs", "Changed", name, `Documentation of \`${name}\` of ${where} updated`);
  }
}

/** Where a type comparison happens: direction, wording (`where`), the change's subject and location, and the drafts list. */
interface Place {
  dir: Dir;
  where: string;
  subject: string;
  at: WireLocation | undefined;
  into: Draft[];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function diffWire(before: WireModel, after: WireModel): Change[] {
  return new WireDiff(before, after).run();
}
