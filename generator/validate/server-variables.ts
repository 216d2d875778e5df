/**
 * A server URL placeholder (`https://{region}.example.com`) that the server's `variables` do not declare cannot be
 * filled in: the emitter leaves such a server out of the environments. Say so at the URL instead of silently.
 */
import type { Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";

export function checkServerVariables(doc: any, sources: SourceIndex, diagnostics: Diagnostics): void {
  if (!Array.isArray(doc?.servers)) return;
  doc.servers.forEach((s: any, i: number) => {
    if (typeof s?.url !== "string") return;
    const declared = s.variables && typeof s.variables === "object" ? s.variables : {};
    const missing = [...s.url.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!).filter((name) => !Object.hasOwn(declared, name));
    if (missing.length)
      diagnostics.warn(
        "validate/server-variable",
        sources.locate(`/servers/${i}/url`),
        `server URL placeholder ${missing.map((m) => `{${m}}`).join(", ")} is not declared in its variables: the server is not offered as an environment`,
      );
  });
}
