/** The `emptyOk` entry of a request spec: how the runtime treats an empty 2xx body (rule: ir/empty-body.ts). */
import type { Operation } from "../ir/types.js";

/**
 * `emptyOk: true` (resolve `undefined`) when some success has no content or every JSON success needs no data and
 * none of them is an object; `emptyOk: "object"` (resolve `{}`, mapped) when every JSON success needs no data and
 * one is an object; nothing (an empty body is a `ResponseError`) when some JSON success requires data.
 */
export function emptyOkEntry(op: Operation, responseType: string): string | undefined {
  if (responseType !== "json") return undefined;
  if (op.responses.some((r) => r.kind === "none")) return "emptyOk: true";
  const json = op.responses.filter((r) => r.kind === "json");
  if (json.length === 0 || json.some((r) => !r.emptyBody)) return undefined;
  return json.some((r) => r.emptyBody === "object") ? 'emptyOk: "object"' : "emptyOk: true";
}
