/**
 * An `Authorization` header declared as an operation parameter is authentication, not an argument: it is removed
 * from every operation and replaced by a security scheme at client level (bearer unless the description or the
 * config says basic). The scheme is named `bearerAuth` / `basicAuth` and required by default (root `security`).
 */
import { operations, removeParameter, type NormalizePass } from "./context.js";

export const normalizeAuthHeaderParams: NormalizePass = (ctx) => {
  const { doc, sources, diagnostics, config } = ctx;
  let scheme: "bearer" | "basic" | undefined;
  for (const { op, pointer } of operations(doc)) {
    const params: any[] | undefined = op.parameters;
    if (!Array.isArray(params)) continue;
    const i = params.findIndex((p) => p?.in === "header" && String(p.name).toLowerCase() === "authorization");
    if (i < 0) continue;
    const p = params[i];
    const kind = config.auth?.scheme === "basic" || /\bbasic\b/i.test(p.description ?? "") ? "basic" : "bearer";
    scheme ??= kind;
    diagnostics.info(
      "normalize/auth-header",
      sources.locate(`${pointer}/parameters/${i}`),
      `\`Authorization\` header parameter → ${kind} security scheme at client level (token option, not a method argument)`,
    );
    removeParameter(ctx, pointer, params, i);
    if (params.length === 0) delete op.parameters;
  }
  if (!scheme) return;
  const name = `${scheme}Auth`;
  doc.components ??= {};
  doc.components.securitySchemes ??= {};
  const schemes = doc.components.securitySchemes;
  schemes[name] ??= { type: "http", scheme };
  const requirement = { [name]: [] };
  if (!Array.isArray(doc.security) || doc.security.length === 0) doc.security = [requirement];
};
