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
import { stringLiteral } from "./escape.js";
import { emitCreateCore } from "./create-core.js";

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
      cfg?.envVar && ctx.api.auth.length === 1 ? cfg.envVar : envVarName(ctx.client.errorPrefix, suffix ?? scheme.name);
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

/**
 * An environment variable name a shell can set (`[A-Z_][A-Z0-9_]*`) from the client prefix and a suffix: accents
 * dropped, other characters outside ASCII letters and digits made `_` (`Überweisung` + `apiKey` →
 * `UBERWEISUNG_API_KEY`).
 */
export function envVarName(prefix: string, suffix: string): string {
  const name = `${prefix}_${suffix}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[0-9]/.test(name) ? `_${name}` : name || "API_KEY";
}

/** `src/options.ts`: the options interface and `createCore`, which turns options into the runtime core. */
export function emitOptions(ctx: EmitContext, file: ModuleBuilder): void {
  const cls = ctx.client.className;
  const auth = authOptions(ctx);
  const envs = environments(ctx);
  addOptionsImports(ctx, file, auth);
  file.addInterface({
    name: `${cls}Options`,
    isExported: true,
    docs: jsDoc({ description: `Options of {@link ${cls}} and of every resource client used on its own.` }),
    properties: [...credentialProperties(auth), ...clientHeaderProperties(ctx), ...transportProperties(ctx, envs)],
  });
  emitCreateCore(ctx, file, auth, envs);
}

function addOptionsImports(ctx: EmitContext, file: ModuleBuilder, auth: AuthOption[]): void {
  file.addImportDeclaration({ moduleSpecifier: "./core/types.js", namedImports: ["ClientCore", "HeaderInput"], isTypeOnly: true });
  file.addImportDeclaration({ moduleSpecifier: "./core/errors.js", namedImports: ["SdkError"] });
  const runtimeAuth = ["readEnv", "resolveSupplier"];
  if (auth.some((a) => a.scheme.kind === "basic")) runtimeAuth.push("basicAuth");
  file.addImportDeclaration({ moduleSpecifier: "./core/auth.js", namedImports: runtimeAuth });
  if (auth.some((a) => a.scheme.kind === "apiKey" && a.scheme.in === "cookie"))
    file.addImportDeclaration({ moduleSpecifier: "./core/url.js", namedImports: ["encodeCookieValue"] });
  file.addImportDeclaration({ moduleSpecifier: "./environments.js", namedImports: [`${ctx.client.errorPrefix}Environment`] });
}

/** One option per credential: a string or a supplier, read for each request. */
function credentialProperties(auth: AuthOption[]) {
  const supplier = "string | (() => string | Promise<string>)";
  return auth.flatMap((a) =>
    a.options.map((o) => ({
      name: o.name,
      hasQuestionToken: true,
      type: supplier,
      docs: jsDoc({
        description: `${o.doc} A string, or a function returning one (sync or async), called for each request.${o.env ? ` Default: the \`${o.env}\` environment variable (where \`process.env\` exists).` : ""}`,
      }),
    })),
  );
}

/** One option per header the API sends on every request. */
function clientHeaderProperties(ctx: EmitContext) {
  return ctx.api.clientHeaders.map((h) => ({
    name: safeIdentifier(camelWords(h.option)),
    hasQuestionToken: true,
    type: typeExpr(ctx, h.type, "input"),
    docs: jsDoc({ description: `Sent as the \`${h.wireName}\` header on every request.${h.description ? ` ${h.description}` : ""}` }),
  }));
}

/** Where and how requests are sent: environment, base URL, timeout, retries, fetch, extra headers. */
function transportProperties(ctx: EmitContext, envs: Environment[]) {
  const envName = `${ctx.client.errorPrefix}Environment`;
  return [
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
