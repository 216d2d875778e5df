/**
 * JSON shapes: a tiny description of what a node of a spec or config must be (a string, an object with these
 * fields, a list of those…), and the checks and words used to report a node that is something else. Spec and config
 * values are text other people wrote: nothing may read one before its shape is known. (A utility, not a stage.)
 */

/**
 * What a node must be. Unlisted keys of an object are not checked. `ref`: a `{$ref}` object stands for one.
 * `essential`: keys without which the object means nothing (a parameter's `name`); `noun` names it in messages.
 * `empty`: a node of the wrong type is replaced by an empty one instead of removed (a required object: `info`).
 * `all`: a list that means nothing without every element (`x-enum-varnames`): one wrong element removes it.
 */
export type Shape =
  | { t: "string" | "boolean" | "number" | "scalar" | "any" }
  /** Prose (a title, a description): a number or boolean is taken as its text. */
  | { t: "text" }
  | {
      t: "object";
      fields?: Record<string, Shape>;
      values?: Shape;
      ref?: boolean;
      essential?: { keys: string[]; noun: string };
      empty?: boolean;
    }
  | { t: "array"; items?: Shape; all?: boolean }
  | { t: "either"; of: Shape[]; name: string }
  | { t: "schema" };

export function isPlainObject(v: unknown): v is Record<string, any> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A readable name of a JSON value's type. */
export function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return "a string";
  if (typeof v === "number") return "a number";
  if (typeof v === "boolean") return "a boolean";
  return typeof v;
}

export function expected(shape: Shape): string {
  switch (shape.t) {
    case "string":
    case "text":
      return "a string";
    case "boolean":
      return "a boolean";
    case "number":
      return "a number";
    case "scalar":
      return "a string, number or boolean";
    case "object":
      return shape.ref ? "an object (or a $ref)" : "an object";
    case "array":
      return "an array";
    case "schema":
      return "a schema (an object or a boolean)";
    case "either":
      return shape.name;
    case "any":
      return "anything";
  }
}

/** Whether a value has the shape's JSON type (its children are checked separately). */
export function fits(shape: Shape, v: unknown): boolean {
  switch (shape.t) {
    case "string":
    case "text":
      return typeof v === "string";
    case "boolean":
      return typeof v === "boolean";
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "scalar":
      return typeof v === "string" || (typeof v === "number" && Number.isFinite(v)) || typeof v === "boolean";
    case "object":
      return isPlainObject(v);
    case "array":
      return Array.isArray(v);
    case "schema":
      return typeof v === "boolean" || isPlainObject(v);
    case "either":
      return shape.of.some((s) => fits(s, v));
    case "any":
      return true;
  }
}

/** A short JSON rendering of a value for a message (never `[object Object]`). */
export function preview(v: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(v) ?? kindOf(v);
  } catch {
    text = kindOf(v);
  }
  return text.length > 40 ? text.slice(0, 37) + "…" : text;
}
