/**
 * A wildcard media type (`*\/*`, `application/*`) names no wire format, so the schema decides: a binary schema
 * (`type: string, format: binary`) is raw bytes, anything else JSON. A request body is then sent with a concrete
 * Content-Type (`*\/*` is no valid one): `application/octet-stream` for bytes, `application/json` for JSON.
 */
import { deref } from "../pointer.js";

export function isWildcard(contentType: string): boolean {
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  return essence === "*/*" || essence === "application/*";
}

/** Whether a (possibly referenced) schema describes raw bytes. */
export function isBinarySchema(doc: unknown, schema: unknown): boolean {
  const s = deref(doc, schema);
  return typeof s === "object" && s !== null && s.type === "string" && s.format === "binary";
}

/** The kind of a wildcard request body (no schema, or `{}`: any bytes) and the Content-Type it is sent with. */
export function wildcardBody(doc: unknown, schema: unknown): { kind: "json" | "binary"; contentType: string } {
  const any = schema === undefined || (typeof schema === "object" && schema !== null && Object.keys(schema).length === 0);
  return any || isBinarySchema(doc, schema)
    ? { kind: "binary", contentType: "application/octet-stream" }
    : { kind: "json", contentType: "application/json" };
}

/** The kind of a wildcard response: JSON unless its schema is binary. */
export function wildcardResponseKind(doc: unknown, schema: unknown): "json" | "binary" {
  return isBinarySchema(doc, schema) ? "binary" : "json";
}
