/**
 * The SDK's front door: `src/options.ts` (client options and the runtime core they configure: base URL,
 * authentication, client headers), `src/environments.ts`, `src/Client.ts` (root client with one lazy getter per
 * resource) and `src/index.ts`.
 */
import type { AuthScheme } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import { camelCase, camelWords, pascalCase, safeIdentifier } from "./names.js";
import { typeExpr } from "./type-expr.js";
import type { ModuleBuilder } from "./module.js";
import { objectKey, stringLiteral, valueLiteral } from "./escape.js";

export interface Environment {
  name: string;
  url: string;
  description?: string;
}

/** Environments from the config, else from `servers` (absolute URLs; variable enums expanded, at most 16). */
export function environments(ctx: EmitContext): Environment[] {
  const fromConfig = ctx.client.environments;
  if (fromConfig) return Object.entries(fromConfig).map(([name, url]) => ({ name: pascalCase(name), url }));
  if (ctx.client.baseUrl) return [{ name: "Default", url: ctx.client.baseUrl }];
  const out: Environment[] = [];
  const names = new Set<string>();
  ctx.api.servers.forEach((s, i) => {
    let combos: Array<Record<string, string>> = [{}];
    for (const [k, v] of Object.entries(s.variables)) {
      const values = v.enum && combos.length * v.enum.length <= 16 ? v.enum : [v.default];
      combos = combos.flatMap((c) => values.map((value) => ({ ...c, [k]: value })));
    }
    for (const combo of combos) {
      // Own properties only: a placeholder the server does not declare (`{toString}`) leaves the URL out.
      let undeclared = false;
      const url = s.url
        .replace(/\{([^}]+)\}/g, (_, k: string) => {
          if (Object.hasOwn(combo, k)) return combo[k]!;
          undeclared = true;
          return "";
        })
        .replace(/\/+$/, "");
      if (undeclared || !/^https?:\/\//i.test(url)) continue;
      const variant = Object.values(combo).filter(
        (v, _, all) => all.length > 0 && Object.keys(s.variables).some((k) => s.variables[k]!.enum && combo[k] === v),
      );
      let name =
        pascalCase(
          [s.description && s.description.length < 40 ? s.description : i === 0 ? "Default" : `Server ${i + 1}`, ...variant].join(" "),
        ) || "Default";
      for (let n = 2; names.has(name); n++) name = `${name}${n}`;
      names.add(name);
      out.push({ name, url, ...(s.description ? { description: s.description } : {}) });
    }
  });
  return out;
}

export function emitEnvironments(ctx: EmitContext, file: ModuleBuilder): void {
  const envs = environments(ctx);
  const name = `${ctx.client.errorPrefix}Environment`;
  file.addVariableStatement({
    isExported: true,
    declarationKind: "const" as any,
    docs: jsDoc({ description: "Known base URLs of the API. Pass one as `environment`, or any URL as `baseUrl`." }),
    declarations: [{ name, initializer: `{ ${envs.map((e) => `${e.name}: ${stringLiteral(e.url)}`).join(", ")} } as const` }],
  });
  file.addTypeAlias({ name, isExported: true, type: envs.length ? `(typeof ${name})[keyof typeof ${name}]` : "string" });
}

export interface AuthOption {
  scheme: AuthScheme;
  /** Options the caller sets for this scheme. */
  options: Array<{ name: string; doc: string; env?: string }>;
}

/** The client options that carry credentials, as `options.ts` declares and reads them (the README documents these). */
export function authOptions(ctx: EmitContext): AuthOption[] {
  const cfg = ctx.auth;
  const used = new Set<string>();
  const unique = (n: string) => {
    let name = n;
    for (let i = 2; used.has(name); i++) name = `${n}${i}`;
    used.add(name);
    return name;
  };
  return ctx.api.auth.map((scheme) => {
    const env = (suffix?: string) =>
      cfg?.envVar && ctx.api.auth.length === 1
        ? cfg.envVar
        : `${ctx.client.errorPrefix.toUpperCase()}_${(suffix ?? scheme.name).replace(/[^A-Za-z0-9]+/g, "_").toUpperCase()}`;
    switch (scheme.kind) {
      case "basic":
        return {
          scheme,
          options: [
            { name: unique("username"), doc: "Username for HTTP basic authentication.", env: cfg?.usernameEnvVar ?? env("USERNAME") },
            { name: unique("password"), doc: "Password for HTTP basic authentication.", env: cfg?.passwordEnvVar ?? env("PASSWORD") },
          ],
        };
      case "apiKey":
        return {
          scheme,
          options: [
            {
              name: unique(ctx.api.auth.length === 1 ? ctx.authOption("apiKey") : camelCase(scheme.name)),
              doc: `API key, sent as the \`${scheme.param}\` ${scheme.in === "query" ? "query parameter" : scheme.in}.`,
              env: env(),
            },
          ],
        };
      default:
        return {
          scheme,
          options: [
            {
              name: unique(ctx.api.auth.length === 1 ? ctx.authOption("bearer") : camelCase(scheme.name)),
              doc: "Bearer token, sent as `Authorization: Bearer <token>`.",
              env: env(),
            },
          ],
        };
    }
  });
}

export function emitOptions(ctx: EmitContext, file: ModuleBuilder): void {
  const cls = ctx.client.className;
  const envName = `${ctx.client.errorPrefix}Environment`;
  const auth = authOptions(ctx);
  const envs = environments(ctx);
  file.addImportDeclaration({ moduleSpecifier: "./core/types.js", namedImports: ["ClientCore", "HeaderInput"], isTypeOnly: true });
  file.addImportDeclaration({ moduleSpecifier: "./core/errors.js", namedImports: ["SdkError"] });
  const runtimeAuth = ["readEnv", "resolveSupplier"];
  if (auth.some((a) => a.scheme.kind === "basic")) runtimeAuth.push("basicAuth");
  file.addImportDeclaration({ moduleSpecifier: "./core/auth.js", namedImports: runtimeAuth });
  file.addImportDeclaration({ moduleSpecifier: "./environments.js", namedImports: [envName] });

  const supplier = "string | (() => string | Promise<string>)";
  const props = [
    ...auth.flatMap((a) =>
      a.options.map((o) => ({
        name: o.name,
        hasQuestionToken: true,
        type: supplier,
        docs: jsDoc({
          description: `${o.doc} A string, or a function returning one (sync or async), called for each request.${o.env ? ` Default: the \`${o.env}\` environment variable (where \`process.env\` exists).` : ""}`,
        }),
      })),
    ),
    ...ctx.api.clientHeaders.map((h) => ({
      name: safeIdentifier(camelWords(h.option)),
      hasQuestionToken: true,
      type: typeExpr(ctx, h.type, "input"),
      docs: jsDoc({ description: `Sent as the \`${h.wireName}\` header on every request.${h.description ? ` ${h.description}` : ""}` }),
    })),
    {
      name: "environment",
      hasQuestionToken: true,
      type: envs.length ? `${envName} | (string & {})` : "string",
      docs: jsDoc({
        description: `Which deployment to call: one of {@link ${envName}} or any base URL.${envs[0] ? ` Default: \`${envs[0].url}\`.` : ""}`,
      }),
    },
    {
      name: "baseUrl",
      hasQuestionToken: true,
      type: "string",
      docs: jsDoc({
        description: `Base URL of the API. ${baseUrlPrecedence(ctx)}`,
      }),
    },
    {
      name: "timeoutInSeconds",
      hasQuestionToken: true,
      type: "number",
      docs: jsDoc({
        description: `Timeout for each request, covering the whole exchange including the body. Default: ${ctx.client.timeoutInSeconds}.`,
      }),
    },
    {
      name: "maxRetries",
      hasQuestionToken: true,
      type: "number",
      docs: jsDoc({
        description: `Retries for 408, 409, 429, 5xx and connection failures, with exponential backoff honouring Retry-After. Default: ${ctx.client.maxRetries}.`,
      }),
    },
    {
      name: "fetch",
      hasQuestionToken: true,
      type: "typeof fetch",
      docs: jsDoc({ description: "A custom fetch implementation. Default: the global `fetch`." }),
    },
    {
      name: "headers",
      hasQuestionToken: true,
      type: "Record<string, string | null | undefined>",
      docs: jsDoc({ description: "Extra headers sent with every request (`null` removes a default header)." }),
    },
  ];
  file.addInterface({
    name: `${cls}Options`,
    isExported: true,
    docs: jsDoc({ description: `Options of {@link ${cls}} and of every resource client used on its own.` }),
    properties: props,
  });

  // Credentials, then the requirement check (alternatives of schemes), then client headers.
  const lines: string[] = [];
  const schemeVar = new Map<string, string>();
  auth.forEach((a, i) => {
    const v = `s${i}`;
    schemeVar.set(a.scheme.name, v);
    const read = (o: { name: string; env?: string }) =>
      `(await resolveSupplier(options.${o.name}))${o.env ? ` ?? readEnv(${stringLiteral(o.env)})` : ""}`;
    if (a.scheme.kind === "basic") {
      lines.push(`const ${v}u = ${read(a.options[0]!)};`, `const ${v}p = ${read(a.options[1]!)};`);
      lines.push(`const ${v} = ${v}u != null && ${v}p != null ? basicAuth(${v}u, ${v}p) : undefined;`);
    } else lines.push(`const ${v} = ${read(a.options[0]!)};`);
  });
  const names = auth.flatMap((a) => a.options.map((o) => `\`${o.name}\`${o.env ? ` (or ${o.env})` : ""}`)).join(", ");
  const missing = `throw new SdkError(${stringLiteral(`Missing credentials: pass ${names} to new ${cls}({ … }).`)});`;
  // Simple form: one scheme, required everywhere. General form: the operation's requirements pick the credentials.
  const general = auth.length > 1 || hasSecurityOverrides(ctx);
  let on: (scheme: string) => string;
  if (general) {
    lines.push(
      `const has: Record<string, unknown> = { ${auth.map((a) => `${objectKey(a.scheme.name)}: ${schemeVar.get(a.scheme.name)}`).join(", ")} };`,
    );
    lines.push("const use = security.find((r) => r.length > 0 && r.every((n) => has[n] != null)) ?? security.find((r) => r.length === 0);");
    lines.push(`if (!use && security.length > 0) ${missing}`);
    on = (scheme) => `use?.includes(${stringLiteral(scheme)})`;
  } else {
    const optional = ctx.api.defaultSecurity.length === 0 || ctx.api.defaultSecurity.some((r) => r.length === 0);
    if (auth.length && !optional) lines.push(`if (${auth.map((a) => `${schemeVar.get(a.scheme.name)} == null`).join(" && ")}) ${missing}`);
    // Required credentials are known to be present past the check: no condition needed.
    on = (scheme) => (optional ? `${schemeVar.get(scheme)} != null` : "");
  }
  // Each credential is sent under a condition: its scheme is the one in use (`when`), or always ("" when required).
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
    else cookies.push(guarded({ when, value: `${stringLiteral(s.param + "=")} + encodeURIComponent(String(${v}))` }));
  }
  const authHeaders = [...headers].map(([name, values]) => `${objectKey(name)}: ${guardedChain(values)}`);
  if (cookies.length) authHeaders.push(`Cookie: [${cookies.join(", ")}].filter((c) => c !== undefined).join("; ") || undefined`);
  const clientHeaders: string[] = [];
  for (const h of ctx.api.clientHeaders)
    clientHeaders.push(
      `${objectKey(h.wireName)}: options.${safeIdentifier(camelWords(h.option))} == null ? undefined : String(options.${safeIdentifier(camelWords(h.option))})`,
    );
  const secretQuery = auth
    .filter((a) => a.scheme.kind === "apiKey" && a.scheme.in === "query")
    .map((a) => (a.scheme as { param: string }).param);

  const baseUrlEnv = ctx.client.baseUrlEnvVar ? ` ?? readEnv(${stringLiteral(ctx.client.baseUrlEnvVar)})` : "";
  const fallback = envs[0] ? `${envName}.${envs[0].name}` : `missingBaseUrl()`;
  // Several schemes (or a credential in the query): `auth()` resolves the credentials once per request and the
  // runtime applies its headers and query parameters. One header scheme: plain `headers()`.
  const viaAuth = general || queryEntries.length > 0;
  const body = [
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
    statements: body,
  });
  if (!envs[0]) {
    file.addFunction({
      name: "missingBaseUrl",
      returnType: "never",
      statements: [`throw new SdkError(${stringLiteral(`No base URL: pass baseUrl to new ${cls}({ baseUrl: "https://…" }).`)});`],
    });
  }
}

/**
 * Which base URL a request goes to, in the order `createCore` tries them (`baseUrl: () => options.baseUrl ??
 * options.environment ?? readEnv(…) ?? …`), as one sentence for the option's doc and the README.
 */
export function baseUrlPrecedence(ctx: EmitContext): string {
  const envs = environments(ctx);
  const envVar = ctx.client.baseUrlEnvVar;
  const steps = ["`baseUrl`", "`environment`"];
  if (envVar) steps.push(`the \`${envVar}\` environment variable (where \`process.env\` exists)`);
  if (envs[0]) steps.push(`\`${ctx.client.errorPrefix}Environment.${envs[0].name}\` (\`${envs[0].url}\`)`);
  return `Requests go to ${steps.join(", else ")}${envs[0] ? "" : "; with none of them set, a call fails before anything is sent"}.`;
}

/** A value sent only when its condition holds; `when` is "" for a value sent unconditionally. */
interface Guarded {
  when: string;
  value: string;
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

export function emitRootClient(ctx: EmitContext, file: ModuleBuilder): void {
  const cls = ctx.client.className;
  file.addImportDeclaration({ moduleSpecifier: "./core/types.js", namedImports: ["ClientCore"], isTypeOnly: true });
  file.addImportDeclaration({ moduleSpecifier: "./options.js", namedImports: ["createCore", `type ${cls}Options`] });
  for (const r of ctx.api.resources) {
    file.addImportDeclaration({ moduleSpecifier: `./resources/${ctx.spelling.fileName(r)}.js`, namedImports: [ctx.spelling.className(r)] });
  }
  file.addClass({
    name: cls,
    isExported: true,
    docs: jsDoc({
      description: `Client for ${ctx.api.title}.${ctx.api.description ? `\n\n${ctx.api.description.split("\n\n")[0]}` : ""}`,
      tags: [["example", `\nconst client = new ${cls}({${authExample(ctx)}});`]],
    }),
    properties: [
      { name: "_options", isReadonly: true, scope: "protected" as any, type: `${cls}Options` },
      { name: "_core", isReadonly: true, scope: "protected" as any, type: "ClientCore" },
      ...ctx.api.resources.map((r) => ({
        name: `_${ctx.spelling.member(r)}`,
        scope: "private" as any,
        type: `${ctx.spelling.className(r)} | undefined`,
      })),
    ],
    ctors: [
      {
        parameters: [{ name: "options", type: `${cls}Options`, initializer: "{}" }],
        statements: ["this._options = options;", "this._core = createCore(options);"],
      },
    ],
    getAccessors: ctx.api.resources.map((r) => ({
      name: ctx.spelling.member(r),
      returnType: ctx.spelling.className(r),
      docs: jsDoc({
        description:
          r.description ??
          `The \`${ctx.spelling.resourceName(r)}\` operations: ${r.operations.map((o) => `\`${ctx.spelling.methodName(o)}\``).join(", ")}.`,
      }),
      statements: [`return (this._${ctx.spelling.member(r)} ??= new ${ctx.spelling.className(r)}(this._options, this._core));`],
    })),
  });
}

function authExample(ctx: EmitContext): string {
  const first = authOptions(ctx)[0];
  return first ? ` ${first.options[0]!.name}: "…" ` : "";
}

export function emitIndex(ctx: EmitContext, file: ModuleBuilder): void {
  const cls = ctx.client.className;
  file.addExportDeclaration({ moduleSpecifier: "./Client.js", namedExports: [cls] });
  file.addExportDeclaration({ moduleSpecifier: "./options.js", namedExports: [`${cls}Options`], isTypeOnly: true });
  file.addExportDeclaration({ moduleSpecifier: "./environments.js", namedExports: [`${ctx.client.errorPrefix}Environment`] });
  file.addExportDeclaration({ moduleSpecifier: "./errors.js" });
  file.addExportDeclaration({ moduleSpecifier: "./types.js" });
  // Every type under one name (`Cohere.EmbedJob`), as a type-only namespace: no runtime object for bundles to keep.
  file.addStatements(`export type * as ${safeIdentifier(ctx.client.errorPrefix)} from "./types.js";`);
  for (const r of ctx.api.resources) file.addExportDeclaration({ moduleSpecifier: `./resources/${ctx.spelling.fileName(r)}.js` });
  file.addExportDeclaration({
    moduleSpecifier: "./core/types.js",
    // Method signatures (and the README) name file arguments `Uploadable`: the same type, under that name too.
    namedExports: ["RequestOptions", "RawResponse", "WithRawResponse", "FileInput", { name: "FileInput", alias: "Uploadable" }],
    isTypeOnly: true,
  });
  file.addExportDeclaration({ moduleSpecifier: "./core/http-promise.js", namedExports: ["HttpPromise"], isTypeOnly: true });
  const ops = ctx.api.resources.flatMap((r) => r.operations);
  if (ops.some((o) => o.pagination)) {
    file.addExportDeclaration({
      moduleSpecifier: "./core/pagination.js",
      namedExports: ["Page", "PagePromise", "PageOf"],
      isTypeOnly: true,
    });
  }
  if (ops.some((o) => o.responses.some((r) => r.kind === "sse" || r.kind === "ndjson"))) {
    file.addExportDeclaration({ moduleSpecifier: "./core/stream.js", namedExports: ["Stream", "StreamEvent"], isTypeOnly: true });
  }
}
