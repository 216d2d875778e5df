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

/**
 * A name decided here: its words and its camelCase spelling (the id part), both from the same phrase, so the
 * words say exactly what the spelling shows (splitting the spelling again would merge `getAB`'s `A` and `B`).
 */
interface Named {
  text: string;
  words: string[];
}

const named = (phrase: string): Named => ({ text: camelCase(phrase), words: composedWords(phrase) });

function groupFromPath(path: string): Named {
  const segments = path.split("/").filter((s) => s && !s.startsWith("{"));
  const first = segments.find((s) => !VERSION.test(s) && s !== "api") ?? segments[0] ?? "root";
  const group = named(first);
  return group.text ? group : named("root");
}

/** A readable method name from HTTP method + path, relative to the group's path segment. */
function methodFromPath(method: string, path: string, group: string): Named {
  const segments = path.split("/").filter(Boolean);
  const at = segments.findIndex((s) => camelCase(s) === group);
  const rest = at >= 0 ? segments.slice(at + 1) : segments.filter((s) => !VERSION.test(s));
  const statics = rest.filter((s) => !s.startsWith("{"));
  const lastIsParam = rest.length > 0 && rest[rest.length - 1]!.startsWith("{");
  const tail = statics.map((s) => words(s).join(" ")).join(" ");
  const verb = (v: string) => named(`${v} ${tail}`);
  switch (method) {
    case "get":
      return lastIsParam ? verb("get") : verb("list");
    case "post":
      if (statics.length && !lastIsParam && rest.some((s) => s.startsWith("{"))) return named(tail);
      return verb("create");
    case "put":
    case "patch":
      return verb("update");
    case "delete":
      return verb("delete");
    default:
      return verb(method);
  }
}

/** The first tag as a group name, when it spells one (a tag of only punctuation or emoji does not). */
/** The resource group key (the id part, `embedJobs`) of a tag's operations, as IR lookups by tag must spell it too. */
export function tagGroup(tag: string): string {
  return named(tag).text;
}

function groupFromTags(tags: unknown): Named | undefined {
  const first = Array.isArray(tags) ? tags.find((t) => typeof t === "string") : undefined;
  if (first === undefined) return undefined;
  const group = named(first);
  return group.text ? group : undefined;
}

export const normalizeOperationIds: NormalizePass = ({ doc, sources, diagnostics, decisions }) => {
  const seen = new Map<string, OperationRef>();
  for (const ref of operations(doc)) {
    const { op, pointer, method, path } = ref;
    let resource = groupFromTags(op.tags);
    if (resource === undefined) {
      resource = groupFromPath(path);
      const at = Array.isArray(op.tags) ? op.tags.findIndex((t: unknown) => typeof t === "string") : -1;
      if (at >= 0) {
        diagnostics.info(
          "normalize/operation-id",
          sources.locate(`${pointer}/tags/${at}`),
          `tag ${JSON.stringify(op.tags[at])} has no letters or digits to name a resource: grouped as "${resource.text}" from the path`,
        );
      }
    }
    const group = resource.text;
    const original: string | undefined = typeof op.operationId === "string" && op.operationId !== "" ? op.operationId : undefined;
    const fromId = original ? named(original.includes(".") ? original.slice(original.lastIndexOf(".") + 1) : original) : undefined;
    let verbName = fromId?.text ? fromId : methodFromPath(method, path, group);
    if (!original) {
      diagnostics.info(
        "normalize/operation-id",
        sources.locate(pointer),
        `no operationId: named ${group}.${verbName.text} from ${method.toUpperCase()} ${path}`,
      );
    } else if (!fromId?.text) {
      diagnostics.info(
        "normalize/operation-id",
        sources.locate(pointer + "/operationId"),
        `operationId ${JSON.stringify(original)} has no letters or digits to name a method: named ${group}.${verbName.text} from ${method.toUpperCase()} ${path}`,
      );
    }
    let key = `${group}.${verbName.text}`;
    if (seen.has(key)) {
      const base = verbName.text;
      verbName = named(`${base} ${method}`);
      for (let i = 2; seen.has(`${group}.${verbName.text}`); i++) verbName = named(`${base} ${method} ${i}`);
      const other = seen.get(key)!;
      diagnostics.warn(
        "normalize/operation-name-collision",
        sources.locate(pointer),
        `${method.toUpperCase()} ${path} would be ${key} like ${other.method.toUpperCase()} ${other.path}: named ${group}.${verbName.text}`,
      );
      key = `${group}.${verbName.text}`;
    }
    seen.set(key, ref);
    decisions.operations.set(pointer, { resource: resource.words, method: verbName.words, id: key });
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
