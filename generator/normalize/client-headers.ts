/**
 * Header parameters that belong to the client, not to a call (`X-Client-Name`): those named in the config's
 * `headers`, and any optional header declared identically by every operation. They are removed from the operations
 * and listed at the root as `x-sdk-client-headers` (name, option, schema, description); the client sends them when the
 * option is set.
 */
import { isDeepStrictEqual } from "node:util";
import { camelCase } from "../words.js";
import { operations, removeParameter, type NormalizePass } from "./context.js";

export const normalizeClientHeaders: NormalizePass = (ctx) => {
  const { doc, sources, diagnostics, config } = ctx;
  const ops = operations(doc);
  const configured = new Map(Object.entries(config.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const candidates = new Map<string, any>();
  for (const { op } of ops) {
    for (const p of op.parameters ?? []) {
      if (p?.in === "header" && !p.$ref) candidates.set(String(p.name).toLowerCase(), p);
    }
  }
  const chosen = new Map<string, { name: string; option: string; schema: any; description?: string }>();
  for (const [lower, p] of candidates) {
    const everywhere =
      ops.length > 1 &&
      !p.required &&
      ops.every(({ op }) =>
        (op.parameters ?? []).some((q: any) => q?.in === "header" && String(q.name).toLowerCase() === lower && isDeepStrictEqual(q, p)),
      );
    if (!configured.has(lower) && !everywhere) continue;
    const option = configured.get(lower)?.option ?? camelCase(String(p.name).replace(/^x-/i, ""));
    chosen.set(lower, {
      name: p.name,
      option,
      schema: p.schema ?? { type: "string" },
      ...(p.description ? { description: String(p.description).trim() } : {}),
    });
  }
  if (chosen.size === 0) return;
  for (const { op, pointer } of ops) {
    const params: any[] = op.parameters ?? [];
    for (let i = params.length - 1; i >= 0; i--) {
      const p = params[i];
      const hit = p?.in === "header" ? chosen.get(String(p.name).toLowerCase()) : undefined;
      if (!hit) continue;
      diagnostics.info(
        "normalize/client-header",
        sources.locate(`${pointer}/parameters/${i}`),
        `header \`${p.name}\` → client option \`${hit.option}\``,
      );
      removeParameter(ctx, pointer, params, i);
    }
    if (op.parameters && params.length === 0) delete op.parameters;
  }
  doc["x-sdk-client-headers"] = [...chosen.values()];
};
