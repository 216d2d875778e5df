/**
 * Waiter methods (IR `Resource.waiters`): `waitUntil…(…pollArguments, options?)` on the resource class, calling the
 * runtime's `waitFor` (templates/runtime/waiter.ts) with the polled method, a status accessor and the terminal
 * values; plus the branded exports of the waiter errors from the package index.
 */
import type { ClassDeclarationStructure, MethodDeclarationStructure, OptionalKind, ParameterDeclarationStructure } from "ts-morph";
import type { Resource, TypeRef, Waiter } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import { jsonText, stringLiteral, valueLiteral } from "./escape.js";
import type { ModuleBuilder } from "./module.js";
import { isIdentifier } from "../words.js";
import { camelWords } from "./names.js";

/** Adds one method per waiter of `r` to its class structure (before it is added to the module), and the runtime import. */
export function emitWaiters(ctx: EmitContext, r: Resource, cls: OptionalKind<ClassDeclarationStructure>, file: ModuleBuilder): void {
  if (!r.waiters?.length) return;
  const prefix = ctx.client.errorPrefix;
  cls.methods ??= [];
  const methods = cls.methods;
  for (const w of r.waiters) {
    const op = r.operations.find((o) => o.id === w.operation)!;
    const polled = ctx.spelling.methodName(op);
    const m = methods.find((x) => x.name === polled)!;
    const decl = m.overloads?.[0] ?? m;
    const params = (decl.parameters ?? []).slice(0, -1); // every method ends with `requestOptions`
    const resultType = String(decl.returnType ?? "unknown").replace(/^HttpPromise<([\s\S]*)>$/, "$1");
    const spec = [
      `name: ${stringLiteral(`${ctx.spelling.resourceName(r)}.${camelWords(w.name)}`)}`,
      `status: (result) => ${statusAccess(ctx, op.responses.find((x) => x.kind === "json")?.type, w)}`,
      `success: ${valueLiteral(w.success)}`,
      `failure: ${valueLiteral(w.failure)}`,
      `timeoutInSeconds: ${w.timeoutInSeconds}`,
      `intervalInSeconds: ${w.intervalInSeconds}`,
      `maxIntervalInSeconds: ${w.maxIntervalInSeconds}`,
    ];
    const values = (v: Waiter["success"]) => v.map((x) => `\`${jsonText(x)}\``).join(" or ");
    const link = `{@link ${cls.name}.${polled}}`;
    const method: OptionalKind<MethodDeclarationStructure> = {
      name: ctx.spelling.waiterName(w),
      parameters: [
        ...params.map(
          (p): OptionalKind<ParameterDeclarationStructure> => ({
            name: p.name,
            type: p.type ?? "unknown",
            ...(p.hasQuestionToken ? { hasQuestionToken: true } : {}),
          }),
        ),
        { name: "options", type: `WaitOptions<${resultType}>`, hasQuestionToken: true },
      ],
      returnType: `Promise<${resultType}>`,
      docs: jsDoc({
        description:
          `Polls ${link} until \`${w.statusPath.join(".")}\` is ${values(w.success)}, and resolves with that result. ` +
          `Waits ${w.intervalInSeconds} s before the second poll, then 1.5 times longer each time (at most ${w.maxIntervalInSeconds} s).`,
        tags: [
          ...params.map((p): [string, string] => ["param", `${p.name} As for ${link}.`]),
          [
            "param",
            `options Timeout (default ${w.timeoutInSeconds} s), poll intervals, abort signal, per-poll request options, progress callback.`,
          ],
          ...(w.failure.length
            ? [["throws", `{@link ${prefix}WaiterFailureError} when the status is ${values(w.failure)}`] as [string, string]]
            : []),
          ["throws", `{@link ${prefix}WaiterTimeoutError} when no terminal status was seen within the timeout`],
        ],
      }),
      statements: [
        `return waitFor((requestOptions) => this.${polled}(${[...params.map((p) => p.name), "requestOptions"].join(", ")}), { ${spec.join(", ")} }, options);`,
      ],
    };
    methods.push(method);
  }
  file.addImportDeclaration({ moduleSpecifier: "../core/waiter.js", namedImports: ["waitFor", "type WaitOptions"] });
}

/** `result?.a?.b` over the TypeScript keys of the status path's wire names. */
function statusAccess(ctx: EmitContext, root: TypeRef | undefined, w: Waiter): string {
  let expr = "result";
  let t = root;
  for (const wire of w.statusPath) {
    let obj = ctx.resolve(t);
    if (obj?.kind === "nullable") obj = ctx.resolve(obj.type);
    const prop = obj?.kind === "object" ? obj.properties.find((p) => p.name === wire) : undefined;
    const key = prop && obj?.kind === "object" ? ctx.keys(obj.properties).get(wire)! : wire;
    expr = isIdentifier(key) ? `${expr}?.${key}` : `${expr}?.[${stringLiteral(key)}]`;
    t = prop?.type;
  }
  return expr;
}

/** `export { WaiterError as <Prefix>WaiterError, … }` from the index, when some resource has a waiter. */
export function emitWaiterExports(ctx: EmitContext, file: ModuleBuilder): void {
  if (!ctx.api.resources.some((r) => r.waiters?.length)) return;
  const prefix = ctx.client.errorPrefix;
  file.addExportDeclaration({
    moduleSpecifier: "./core/waiter.js",
    namedExports: ["WaiterError", "WaiterFailureError", "WaiterTimeoutError"].map((name) =>
      exportAs(name, ctx.exported.claim(`${prefix}${name}`, `the waiter error ${name}`)),
    ),
  });
  file.addExportDeclaration({
    moduleSpecifier: "./core/waiter.js",
    namedExports: [exportAs("WaitOptions", ctx.exported.claim("WaitOptions", "the waiter options type"))],
    isTypeOnly: true,
  });
}

const exportAs = (name: string, alias: string) => (alias === name ? { name } : { name, alias });

/** What the package README lists about waiters (`waiters` in templates/README.md.hbs). */
export function waiterDocs(ctx: EmitContext):
  | Array<{
      resource: string;
      name: string;
      operation: string;
      args: string;
      status: string;
      success: string;
      failure: string;
      timeout: number;
    }>
  | undefined {
  const docs = ctx.api.resources.flatMap((r) =>
    (r.waiters ?? []).map((w) => ({
      resource: ctx.spelling.member(r),
      name: ctx.spelling.waiterName(w),
      operation: `${ctx.spelling.member(r)}.${ctx.spelling.methodName(r.operations.find((o) => o.id === w.operation)!)}`,
      // The polled method's path arguments (a request object, when it needs one, stays a placeholder).
      args: (() => {
        const op = r.operations.find((o) => o.id === w.operation)!;
        const path = op.params.filter((p) => p.in === "path").map((p) => stringLiteral(p.name));
        const list = [...path, ...(op.params.some((p) => p.in !== "path" && p.required) || op.body?.required ? ["{ /* … */ }"] : [])];
        return list.map((a) => `${a}, `).join("");
      })(),
      status: w.statusPath.join("."),
      success: w.success.map((v) => `\`${jsonText(v)}\``).join(", "),
      failure: w.failure.map((v) => `\`${jsonText(v)}\``).join(", ") || "—",
      timeout: w.timeoutInSeconds,
    })),
  );
  return docs.length ? docs : undefined;
}
