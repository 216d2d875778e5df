/**
 * Header parameters that belong to the client, not to a call (`X-Client-Name`): those named in the config's
 * `headers`, and any optional header declared identically by every operation. They are removed from the operations
 * and handed to the IR as `decisions.clientHeaders` (name, option words, schema, description); the client sends them
 * when the option is set.
 */
import { isDeepStrictEqual } from "node:util";
import { composedWords } from "../words.js";
import type { ClientHeaderDecision } from "./decisions.js";
import { operations, removeParameter, type NormalizePass } from "./context.js";

export const normalizeClientHeaders: NormalizePass = (ctx) => {
  const { doc, sources, diagnostics, config, decisions } = ctx;
  const ops = operations(doc);
  const configured = new Map(Object.entries(config.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const candidates = new Map<string, { p: any; pointer: string }>();
  for (const { op, pointer } of ops) {
    (op.parameters ?? []).forEach((p: any, i: number) => {
      if (p?.in === "header" && !p.$ref) candidates.set(String(p.name).toLowerCase(), { p, pointer: `${pointer}/parameters/${i}` });
    });
  }
  const chosen = new Map<string, ClientHeaderDecision>();
  for (const [lower, { p, pointer }] of candidates) {
    const everywhere =
      ops.length > 1 &&
      !p.required &&
      ops.every(({ op }) =>
        (op.parameters ?? []).some((q: any) => q?.in === "header" && String(q.name).toLowerCase() === lower && isDeepStrictEqual(q, p)),
      );
    if (!configured.has(lower) && !everywhere) continue;
    const given = configured.get(lower)?.option;
    const option = composedWords(typeof given === "string" ? given : String(p.name).replace(/^x-/i, ""));
    chosen.set(lower, {
      name: p.name,
      option,
      schema: p.schema ?? { type: "string" },
      pointer: p.schema ? `${pointer}/schema` : pointer,
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
        `header \`${p.name}\` → client option \`${optionKey(hit.option)}\``,
      );
      removeParameter(ctx, pointer, params, i);
    }
    if (op.parameters && params.length === 0) delete op.parameters;
  }
  decisions.clientHeaders.push(...chosen.values());
};

/** The option as the config writes it (camelCase), for messages. */
function optionKey(option: string[]): string {
  return option.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("");
}
