/** The code by which a paginated method walks its pages: where the items are and how the next request is made. */
import type { EmitContext } from "./context.js";
import type { TypeRef } from "../ir/types.js";
import { keyOf, type MethodPlan, type RequestShape } from "./method-plan.js";
import { access, keySource } from "./names.js";
import { typeExpr } from "./type-expr.js";

export interface Paged {
  kind: string;
  /** TypeScript type of one item. */
  item: string;
  /** Expression over `response` giving the items. */
  items: string;
  /** `getNextRequest` arrow function. */
  next: string;
}

/** How a paginated operation walks its pages, in terms of the request interface's TypeScript keys. */
export function pagination(ctx: EmitContext, p: MethodPlan, req: RequestShape | undefined): Paged | undefined {
  const pg = p.op.pagination;
  const json = p.op.responses.find((x) => x.kind === "json");
  if (!pg || !json?.type) return undefined;
  const obj = ctx.resolve(json.type);
  let itemsExpr = "response";
  let itemType: TypeRef | undefined = obj?.kind === "array" ? obj.items : undefined;
  if (pg.itemsPath.length) {
    if (obj?.kind !== "object") return undefined;
    const prop = obj.properties.find((x) => x.name === pg.itemsPath[0]);
    if (prop?.type.kind !== "array") return undefined;
    itemsExpr = `response${access("", ctx.keys(obj.properties).get(prop.name)!).replace(/^\./, "?.").replace(/^\[/, "?.[")}`;
    itemType = prop.type.items;
  }
  if (!itemType) return undefined;
  const item = typeExpr(ctx, itemType, "output");
  const paramKey = (wire: string) => {
    const q = req?.params.find((x) => x.name === wire);
    return q ? keyOf(q) : undefined;
  };
  const set = (key: string, value: string) => `({ ...request, ${keySource(key)}: ${value} })`;
  switch (pg.kind) {
    case "offset": {
      const off = paramKey(pg.offsetParam);
      const lim = pg.limitParam ? paramKey(pg.limitParam) : undefined;
      if (!off || !req) return undefined;
      const get = (k: string) => `request${access("?", k).replace(/^\?\./, "?.").replace(/^\?\[/, "?.[")}`;
      const last = lim ? `items.length < (${get(lim)} ?? 1) ? undefined : ` : "";
      return {
        kind: pg.kind,
        item,
        items: itemsExpr,
        next: `({ request, items }) => ${last}${set(off, `(${get(off)} ?? 0) + items.length`)}`,
      };
    }
    case "page": {
      const page = paramKey(pg.pageParam);
      if (!page || !req) return undefined;
      const get = `request${access("?", page).replace(/^\?\./, "?.").replace(/^\?\[/, "?.[")}`;
      return { kind: pg.kind, item, items: itemsExpr, next: `({ request }) => ${set(page, `(${get} ?? 1) + 1`)}` };
    }
    case "cursor": {
      const cursor = paramKey(pg.cursorParam);
      if (!cursor || !req || obj?.kind !== "object") return undefined;
      const keys = ctx.keys(obj.properties);
      const nextKey = keys.get(pg.nextCursorPath[0]!);
      const moreKey = pg.hasMorePath ? keys.get(pg.hasMorePath[0]!) : undefined;
      if (!nextKey) return undefined;
      const nextExpr = `response${access("", nextKey)}`;
      const stop = moreKey ? `response${access("", moreKey)} === false || ` : "";
      return {
        kind: pg.kind,
        item,
        items: itemsExpr,
        next: `({ request, response }) => ${stop}${nextExpr} == null ? undefined : ${set(cursor, `String(${nextExpr})`)}`,
      };
    }
    case "link":
      return { kind: pg.kind, item, items: itemsExpr, next: `({ rawResponse }) => nextLink(rawResponse)` };
  }
}
