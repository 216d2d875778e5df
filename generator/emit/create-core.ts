/**
 * `createCore` in `src/options.ts`: turns the client options into the runtime core. Its credential code is built in
 * steps, in the order the statements run: read each scheme's credentials, check the requirements (alternatives of
 * schemes), then place each credential in a header, the query or the cookie under the condition that it is in use.
 */
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import { objectKey, stringLiteral, valueLiteral } from "./escape.js";
import type { AuthOption, Environment } from "./client.js";
import type { ModuleBuilder } from "./module.js";
import { camelWords, safeIdentifier } from "./names.js";

/** A value sent only when its condition holds; `when` is "" for a value sent unconditionally. */
interface Guarded {
  when: string;
  value: string;
}

/** The requirement check's statements and the condition under which a scheme's credential is sent. */
interface RequirementCheck {
  lines: string[];
  on: (scheme: string) => string;
}

/** Where the credentials go: header entries of the returned object, and query entries (`{ name, value }`). */
interface PlacedCredentials {
  authHeaders: string[];
  queryEntries: string[];
}

export function emitCreateCore(ctx: EmitContext, file: ModuleBuilder, auth: AuthOption[], envs: Environment[]): void {
  const cls = ctx.client.className;
  const schemeVar = schemeVariables(auth);
  // Simple form: one scheme, required everywhere. General form: the operation's requirements pick the credentials.
  const general = auth.length > 1 || hasSecurityOverrides(ctx);
  const check = requirementCheck(ctx, auth, schemeVar, general);
  const lines = [...credentialReads(auth), ...check.lines];
  const placed = placeCredentials(auth, schemeVar, check.on);
  file.addFunction({
    name: "createCore",
    isExported: true,
    docs: jsDoc({
      description: `Turns client options into what the runtime needs at request time. Credentials are read per request, never stored in messages.${general ? " `security` lists the alternatives of security schemes an operation accepts (the first one whose credentials are set is used)." : ""}`,
    }),
    parameters: [
      { name: "options", type: `${cls}Options` },
      ...(general
        ? [{ name: "security", type: "ReadonlyArray<readonly string[]>", initializer: valueLiteral(ctx.api.defaultSecurity) }]
        : []),
    ],
    returnType: "ClientCore",
    statements: coreBody(ctx, auth, envs, lines, placed, general),
  });
  if (!envs[0]) {
    file.addFunction({
      name: "missingBaseUrl",
      returnType: "never",
      statements: [`throw new SdkError(${stringLiteral(`No base URL: pass baseUrl to new ${cls}({ baseUrl: "https://…" }).`)});`],
    });
  }
}

/** The local holding each scheme's credential (`s0`, `s1`, …), by scheme name. */
function schemeVariables(auth: AuthOption[]): Map<string, string> {
  const schemeVar = new Map<string, string>();
  auth.forEach((a, i) => {
    schemeVar.set(a.scheme.name, `s${i}`);
  });
  return schemeVar;
}

/** Statements reading each scheme's credentials from the options (or the environment variable). */
function credentialReads(auth: AuthOption[]): string[] {
  const lines: string[] = [];
  auth.forEach((a, i) => {
    const v = `s${i}`;
    const read = (o: { name: string; env?: string }) =>
      `(await resolveSupplier(options.${o.name}))${o.env ? ` ?? readEnv(${stringLiteral(o.env)})` : ""}`;
    if (a.scheme.kind === "basic") {
      lines.push(`const ${v}u = ${read(a.options[0]!)};`, `const ${v}p = ${read(a.options[1]!)};`);
      lines.push(`const ${v} = ${v}u != null && ${v}p != null ? basicAuth(${v}u, ${v}p) : undefined;`);
    } else lines.push(`const ${v} = ${read(a.options[0]!)};`);
  });
  return lines;
}

/**
 * The check that the credentials a request needs are set. General form: pick the first alternative of the
 * operation's `security` whose credentials are all set. Simple form: throw when a required scheme has none.
 */
function requirementCheck(ctx: EmitContext, auth: AuthOption[], schemeVar: Map<string, string>, general: boolean): RequirementCheck {
  const cls = ctx.client.className;
  const names = auth.flatMap((a) => a.options.map((o) => `\`${o.name}\`${o.env ? ` (or ${o.env})` : ""}`)).join(", ");
  const missing = `throw new SdkError(${stringLiteral(`Missing credentials: pass ${names} to new ${cls}({ … }).`)});`;
  const lines: string[] = [];
  if (general) {
    lines.push(
      `const has: Record<string, unknown> = { ${auth.map((a) => `${objectKey(a.scheme.name)}: ${schemeVar.get(a.scheme.name)}`).join(", ")} };`,
    );
    lines.push("const use = security.find((r) => r.length > 0 && r.every((n) => has[n] != null)) ?? security.find((r) => r.length === 0);");
    lines.push(`if (!use && security.length > 0) ${missing}`);
    return { lines, on: (scheme) => `use?.includes(${stringLiteral(scheme)})` };
  }
  const optional = ctx.api.defaultSecurity.length === 0 || ctx.api.defaultSecurity.some((r) => r.length === 0);
  if (auth.length && !optional) lines.push(`if (${auth.map((a) => `${schemeVar.get(a.scheme.name)} == null`).join(" && ")}) ${missing}`);
  // Required credentials are known to be present past the check: no condition needed.
  return { lines, on: (scheme) => (optional ? `${schemeVar.get(scheme)} != null` : "") };
}

/** Each credential in its header, query parameter or cookie, sent when its scheme is in use (`on`). */
function placeCredentials(auth: AuthOption[], schemeVar: Map<string, string>, on: (scheme: string) => string): PlacedCredentials {
  const headers = new Map<string, Guarded[]>();
  const queryEntries: string[] = [];
  const cookies: string[] = [];
  const add = (name: string, g: Guarded) => headers.set(name, [...(headers.get(name) ?? []), g]);
  for (const a of auth) {
    const v = schemeVar.get(a.scheme.name)!;
    const s = a.scheme;
    const when = on(s.name);
    if (s.kind === "bearer" || s.kind === "oauth2") add("Authorization", { when, value: `\`Bearer \${${v}}\`` });
    else if (s.kind === "basic") add("Authorization", { when, value: v });
    else if (s.in === "header") add(s.param, { when, value: v });
    else if (s.in === "query") queryEntries.push(`{ name: ${stringLiteral(s.param)}, value: ${guarded({ when, value: v })} }`);
    else cookies.push(guarded({ when, value: `${stringLiteral(s.param + "=")} + encodeCookieValue(${v})` }));
  }
  const authHeaders = [...headers].map(([name, values]) => `${objectKey(name)}: ${guardedChain(values)}`);
  if (cookies.length) authHeaders.push(`Cookie: [${cookies.join(", ")}].filter((c) => c !== undefined).join("; ") || undefined`);
  return { authHeaders, queryEntries };
}

/** The headers set from client options (`clientHeaders` of the API), as object entries. */
function clientHeaderEntries(ctx: EmitContext): string[] {
  return ctx.api.clientHeaders.map(
    (h) =>
      `${objectKey(h.wireName)}: options.${safeIdentifier(camelWords(h.option))} == null ? undefined : String(options.${safeIdentifier(camelWords(h.option))})`,
  );
}

/** The statements of `createCore`: the returned core, with its credential code in `auth()` or `headers()`. */
function coreBody(
  ctx: EmitContext,
  auth: AuthOption[],
  envs: Environment[],
  lines: string[],
  placed: PlacedCredentials,
  general: boolean,
): string[] {
  const envName = `${ctx.client.errorPrefix}Environment`;
  const { authHeaders, queryEntries } = placed;
  const clientHeaders = clientHeaderEntries(ctx);
  const secretQuery = auth
    .filter((a) => a.scheme.kind === "apiKey" && a.scheme.in === "query")
    .map((a) => (a.scheme as { param: string }).param);
  const baseUrlEnv = ctx.client.baseUrlEnvVar ? ` ?? readEnv(${stringLiteral(ctx.client.baseUrlEnvVar)})` : "";
  const fallback = envs[0] ? `${envName}.${envs[0].name}` : `missingBaseUrl()`;
  // Several schemes (or a credential in the query): `auth()` resolves the credentials once per request and the
  // runtime applies its headers and query parameters. One header scheme: plain `headers()`.
  const viaAuth = general || queryEntries.length > 0;
  return [
    "return {",
    `  baseUrl: () => options.baseUrl ?? options.environment${baseUrlEnv} ?? ${fallback},`,
    "  fetch: options.fetch,",
    `  timeoutInSeconds: options.timeoutInSeconds ?? ${ctx.client.timeoutInSeconds},`,
    `  maxRetries: options.maxRetries ?? ${ctx.client.maxRetries},`,
    ...(viaAuth
      ? [
          "  auth: async () => {",
          ...lines.map((l) => `    ${l}`),
          `    return { headers: { ${authHeaders.join(", ")} }${queryEntries.length ? `, query: [${queryEntries.join(", ")}]` : ""} };`,
          "  },",
          `  headers: (): HeaderInput => ({ ${[...clientHeaders, "...options.headers"].join(", ")} }),`,
        ]
      : [
          `  headers: async (): Promise<HeaderInput> => {`,
          ...lines.map((l) => `    ${l}`),
          `    return { ${[...authHeaders, ...clientHeaders, "...options.headers"].join(", ")} };`,
          "  },",
        ]),
    ...(secretQuery.length ? [`  secretQueryParams: ${valueLiteral(secretQuery)},`] : []),
    "};",
  ];
}

function guarded(g: Guarded): string {
  return g.when ? `${g.when} ? ${g.value} : undefined` : g.value;
}

/** Alternatives for one header: the first whose condition holds (an unconditional one ends the chain). */
function guardedChain(values: Guarded[]): string {
  const parts: string[] = [];
  for (const g of values) {
    if (!g.when) return [...parts, g.value].join(" : ");
    parts.push(`${g.when} ? ${g.value}`);
  }
  return [...parts, "undefined"].join(" : ");
}

/** Whether some operation declares its own security requirements, different from the API's default. */
function hasSecurityOverrides(ctx: EmitContext): boolean {
  const def = JSON.stringify(ctx.api.defaultSecurity);
  return ctx.api.resources.some((r) => r.operations.some((o) => o.security && JSON.stringify(o.security) !== def));
}
