/** `package.json`, `README.md` and `tsconfig.json` of the generated package, from handlebars templates. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { EmitContext } from "./context.js";
import { authOptions, baseUrlPrecedence, environments } from "./client.js";
import { camelWords, safeIdentifier } from "./names.js";
import { waiterDocs } from "./waiters.js";
import { wellFormed } from "./escape.js";

const TEMPLATES = fileURLToPath(new URL("../../templates/", import.meta.url));

const hb = Handlebars.create();
hb.registerHelper("json", (v: unknown) => new hb.SafeString(JSON.stringify(v ?? null)));

function render(name: string, data: object): string {
  const template = hb.compile(readFileSync(TEMPLATES + name, "utf8"), { noEscape: true, strict: false });
  return wellFormed(template(data));
}

export interface MethodDoc {
  resource: string;
  name: string;
  signature: string;
  summary: string;
  example: string;
}

export function emitPackageFiles(ctx: EmitContext, methods: MethodDoc[]): Map<string, string> {
  const pkg = ctx.api.package;
  const subpaths = ctx.api.resources.map((r) => ({
    subpath: `resources/${ctx.spelling.fileName(r)}`,
    file: `resources/${ctx.spelling.fileName(r)}`,
  }));
  const out = new Map<string, string>();
  out.set("package.json", render("package.json.hbs", { ...pkg, subpaths }));
  out.set("tsconfig.json", render("tsconfig.json.hbs", {}));
  // The license text ships with the package when it is one we carry a template for.
  if ((pkg.license ?? "").toUpperCase() === "MIT")
    out.set("LICENSE", render("LICENSE.mit.hbs", { holder: pkg.author ?? `the ${pkg.name} authors` }));
  const envs = environments(ctx);
  const credentials = authOptions(ctx).flatMap((a) => a.options);
  const errors = ctx.api.errors
    .filter((e) => e.name)
    .map((e) => ({ status: e.status, cls: ctx.errorClasses.get(e.status)!, description: e.description ?? "" }));
  const upload = methods.find((m) => /Uploadable/.test(m.signature));
  const paginated = methods.find((m) => /PagePromise</.test(m.signature));
  const streamed = methods.find((m) => /Stream</.test(m.signature));
  out.set(
    "README.md",
    render("README.md.hbs", {
      pkg,
      client: ctx.client,
      title: ctx.api.title,
      description: ctx.api.description?.split("\n\n")[0],
      // The credential options exactly as options.ts declares and reads them.
      credentials,
      tokenOption: credentials[0]?.name,
      tokenEnv: credentials[0]?.env,
      baseUrlPrecedence: baseUrlPrecedence(ctx),
      clientHeaders: ctx.api.clientHeaders.map((h) => ({ ...h, option: safeIdentifier(camelWords(h.option)) })),
      environments: envs,
      envName: `${ctx.client.errorPrefix}Environment`,
      resources: ctx.api.resources.map((r) => ({
        name: ctx.spelling.member(r),
        className: ctx.spelling.className(r),
        file: ctx.spelling.fileName(r),
        methods: methods.filter((m) => m.resource === ctx.spelling.member(r)),
      })),
      firstResource: ctx.api.resources[0]
        ? {
            name: ctx.spelling.member(ctx.api.resources[0]),
            className: ctx.spelling.className(ctx.api.resources[0]),
            file: ctx.spelling.fileName(ctx.api.resources[0]),
          }
        : undefined,
      firstMethod: methods[0],
      errors,
      upload,
      paginated,
      streamed,
      waiters: waiterDocs(ctx),
    }),
  );
  return out;
}
