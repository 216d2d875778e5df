/**
 * The document's security schemes as IR {@link AuthScheme}s: only those the default security or an operation
 * names, in the order the document declares them. A scheme the client cannot place is reported and left out.
 */
import type { Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import { escapePointer } from "../pointer.js";
import type { AuthScheme, Resource } from "./types.js";

export function buildAuthSchemes(
  doc: any,
  defaultSecurity: string[][],
  resources: Iterable<Resource>,
  sources: SourceIndex,
  diagnostics: Diagnostics,
): AuthScheme[] {
  const used = usedSchemeNames(defaultSecurity, resources);
  const auth: AuthScheme[] = [];
  for (const [name, raw] of Object.entries<any>(doc.components?.securitySchemes ?? {})) {
    if (!used.has(name)) continue;
    const scheme = authScheme(name, raw, sources, diagnostics);
    if (scheme) auth.push(scheme);
  }
  return auth;
}

/** The scheme names the default security and the operations' own security requirements mention. */
function usedSchemeNames(defaultSecurity: string[][], resources: Iterable<Resource>): Set<string> {
  const used = new Set<string>();
  defaultSecurity.flat().forEach((s) => {
    used.add(s);
  });
  for (const r of resources)
    for (const o of r.operations)
      o.security?.flat().forEach((s) => {
        used.add(s);
      });
  return used;
}

/** One security scheme object as an {@link AuthScheme}, or undefined (with a warning) when it is not supported. */
function authScheme(name: string, raw: any, sources: SourceIndex, diagnostics: Diagnostics): AuthScheme | undefined {
  const description = raw.description ? { description: String(raw.description).trim() } : {};
  if (raw.type === "http" && String(raw.scheme).toLowerCase() === "basic") return { name, kind: "basic", ...description };
  if (raw.type === "http") return { name, kind: "bearer", ...description };
  if (raw.type === "apiKey" && typeof raw.name === "string" && ["header", "query", "cookie"].includes(raw.in))
    return { name, kind: "apiKey", in: raw.in, param: raw.name, ...description };
  if (raw.type === "oauth2" || raw.type === "openIdConnect") return { name, kind: "oauth2", ...description };
  const where = sources.locate(`/components/securitySchemes/${escapePointer(name)}`);
  if (raw.type === "apiKey")
    diagnostics.warn("ir/auth", where, "apiKey security scheme without a `name` string and an `in` of header, query or cookie: ignored");
  else diagnostics.warn("ir/auth", where, `security scheme type "${raw.type}" is not supported; ignored`);
  return undefined;
}
