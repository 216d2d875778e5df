/**
 * Pagination detection for list operations (GET with a JSON object response holding one array):
 * offset/limit, page/per_page, cursor (`after`/`cursor`/`page_token` + `next_cursor`/`next`… and optional `has_more`)
 * and `Link` response headers. The config can confirm, replace or disable it per operation.
 */
import type { NamedType, Pagination, Parameter, TypeRef } from "./types.js";

const OFFSET = ["offset", "skip", "start"];
const LIMIT = ["limit", "count", "size", "page_size", "pageSize", "per_page", "perPage", "max_results", "maxResults"];
const PAGE = ["page", "page_number", "pageNumber"];
const CURSOR = ["cursor", "after", "starting_after", "page_token", "pageToken", "next_token", "nextToken", "continuation_token"];
const NEXT = [
  "next_cursor",
  "nextCursor",
  "next_page_token",
  "nextPageToken",
  "next_token",
  "nextToken",
  "cursor",
  "next",
  "last_id",
  "continuation_token",
];
const HAS_MORE = ["has_more", "hasMore", "has_next", "hasNext", "more"];

export interface PaginationInput {
  method: string;
  params: Parameter[];
  response?: TypeRef;
  responseHeaders: string[];
  types: Map<string, NamedType>;
}

function objectOf(t: TypeRef | undefined, types: Map<string, NamedType>): Extract<TypeRef, { kind: "object" }> | undefined {
  let cur = t;
  for (let i = 0; cur && i < 8; i++) {
    if (cur.kind === "object") return cur;
    if (cur.kind === "named") cur = types.get(cur.name)?.type;
    else return undefined;
  }
  return undefined;
}

export function detectPagination(input: PaginationInput): Pagination | undefined {
  if (input.method !== "GET") return undefined;
  const obj = objectOf(input.response, input.types);
  const query = input.params.filter((p) => p.in === "query").map((p) => p.name);
  const find = (names: string[]) => query.find((q) => names.includes(q));
  const arrays = obj?.properties.filter((p) => p.type.kind === "array") ?? [];
  if (!obj || arrays.length !== 1) {
    if (input.responseHeaders.some((h) => h.toLowerCase() === "link") && input.response?.kind === "array")
      return { kind: "link", itemsPath: [] };
    return undefined;
  }
  const itemsPath = [arrays[0]!.name];
  const offset = find(OFFSET);
  if (offset) {
    const limit = find(LIMIT);
    return limit
      ? { kind: "offset", offsetParam: offset, limitParam: limit, itemsPath }
      : { kind: "offset", offsetParam: offset, itemsPath };
  }
  const cursor = find(CURSOR);
  const next = obj.properties.find((p) => NEXT.includes(p.name) && p.type.kind !== "array");
  if (cursor && next) {
    const hasMore = obj.properties.find((p) => HAS_MORE.includes(p.name));
    return {
      kind: "cursor",
      cursorParam: cursor,
      nextCursorPath: [next.name],
      ...(hasMore ? { hasMorePath: [hasMore.name] } : {}),
      itemsPath,
    };
  }
  const page = find(PAGE);
  if (page) {
    const size = find(LIMIT);
    return size ? { kind: "page", pageParam: page, sizeParam: size, itemsPath } : { kind: "page", pageParam: page, itemsPath };
  }
  if (input.responseHeaders.some((h) => h.toLowerCase() === "link")) return { kind: "link", itemsPath };
  return undefined;
}
