/**
 * Resource groups and method names, decided for each operation and handed to the IR (`decisions.operations`):
 * - the resource: its first tag, or (no tags) its first non-version path segment;
 * - the method: its operationId's words (`get-usage` → `["get", "usage"]`), or words derived from method + path
 *   when there is none (`GET /pets/{id}` → `get`, `GET /pets` → `list`, `POST /jobs/{id}/cancel` → `cancel`);
 * - an `operationId` unique in the document: `<group>.<method>` — ids such as `create` collide across reference pages.
 * Two operations that would get the same method name in one group are told apart by a suffix, with a warning.
 */
import { camelCase, composedWords, words } from "../words.js";
import { operations, type NormalizePass, type OperationRef } from "./context.js";

const VERSION = /^v\d+(\.\d+)*$/i;

export function groupFromPath(path: string): string {
  const segments = path.split("/").filter((s) => s && !s.startsWith("{"));
  const first = segments.find((s) => !VERSION.test(s) && s !== "api") ?? segments[0] ?? "root";
  return camelCase(first) || "root";
}

/** A readable method name from HTTP method + path, relative to the group's path segment. */
export function methodFromPath(method: string, path: string, group: string): string {
  const segments = path.split("/").filter(Boolean);
  const at = segments.findIndex((s) => camelCase(s) === group);
  const rest = at >= 0 ? segments.slice(at + 1) : segments.filter((s) => !VERSION.test(s));
  const statics = rest.filter((s) => !s.startsWith("{"));
  const lastIsParam = rest.length > 0 && rest[rest.length - 1]!.startsWith("{");
  const tail = statics.map((s) => words(s).join(" ")).join(" ");
  const named = (verb: string) => camelCase(`${verb} ${tail}`);
  switch (method) {
    case "get":
      return lastIsParam ? named("get") : named("list");
    case "post":
      if (statics.length && !lastIsParam && rest.some((s) => s.startsWith("{"))) return camelCase(tail);
      return named("create");
    case "put":
    case "patch":
      return named("update");
    case "delete":
      return named("delete");
    default:
      return named(method);
  }
}

/** The first tag as a group name, when it spells one (a tag of only non-ASCII characters or punctuation does not). */
function groupFromTags(tags: unknown): string | undefined {
  const first = Array.isArray(tags) ? tags.find((t) => typeof t === "string") : undefined;
  return first === undefined ? undefined : camelCase(first) || undefined;
}

export const normalizeOperationIds: NormalizePass = ({ doc, sources, diagnostics, decisions }) => {
  const seen = new Map<string, OperationRef>();
  for (const ref of operations(doc)) {
    const { op, pointer, method, path } = ref;
    let group = groupFromTags(op.tags);
    if (group === undefined) {
      group = groupFromPath(path);
      const at = Array.isArray(op.tags) ? op.tags.findIndex((t: unknown) => typeof t === "string") : -1;
      if (at >= 0) {
        diagnostics.info(
          "normalize/operation-id",
          sources.locate(`${pointer}/tags/${at}`),
          `tag ${JSON.stringify(op.tags[at])} has no letters or digits to name a resource: grouped as "${group}" from the path`,
        );
      }
    }
    const original: string | undefined = typeof op.operationId === "string" && op.operationId !== "" ? op.operationId : undefined;
    const fromId = original ? camelCase(original.includes(".") ? original.slice(original.lastIndexOf(".") + 1) : original) : "";
    let name = fromId || methodFromPath(method, path, group);
    if (!original) {
      diagnostics.info(
        "normalize/operation-id",
        sources.locate(pointer),
        `no operationId: named ${group}.${name} from ${method.toUpperCase()} ${path}`,
      );
    } else if (!fromId) {
      diagnostics.info(
        "normalize/operation-id",
        sources.locate(pointer + "/operationId"),
        `operationId ${JSON.stringify(original)} has no letters or digits to name a method: named ${group}.${name} from ${method.toUpperCase()} ${path}`,
      );
    }
    let key = `${group}.${name}`;
    if (seen.has(key)) {
      const base = name;
      name = camelCase(`${base} ${method}`);
      for (let i = 2; seen.has(`${group}.${name}`); i++) name = camelCase(`${base} ${method} ${i}`);
      const other = seen.get(key)!;
      diagnostics.warn(
        "normalize/operation-name-collision",
        sources.locate(pointer),
        `${method.toUpperCase()} ${path} would be ${key} like ${other.method.toUpperCase()} ${other.path}: named ${group}.${name}`,
      );
      key = `${group}.${name}`;
    }
    seen.set(key, ref);
    decisions.operations.set(pointer, { resource: composedWords(group), method: composedWords(name), id: key });
    if (original !== key) {
      if (original) {
        diagnostics.info(
          "normalize/operation-id",
          sources.locate(pointer + "/operationId"),
          `operationId "${original}" → "${key}" (unique across the merged document)`,
        );
      }
      op.operationId = key;
    }
  }
};
