/**
 * Waiter methods (IR `Resource.waiters`): `waitUntil…(…pollArguments, options?)` on the resource class, calling the
 * runtime's `waitFor` (templates/runtime/waiter.ts) with the polled method, a status accessor and the terminal
 * values; plus the branded exports of the waiter errors from the package index.
 */
import type { ClassDeclaration, SourceFile } from "ts-morph";
import type { Resource, TypeRef, Waiter } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import { isIdentifier } from "../words.js";

/** Adds one method per waiter of `r` to its class, and the runtime import they need. */
export function emitWaiters(ctx: EmitContext, r: Resource, cls: ClassDeclaration, file: SourceFile): void {
  if (!r.waiters?.length) return;
  const prefix = ctx.config.client.errorPrefix;
  for (const w of r.waiters) {
    const op = r.operations.find((o) => o.name === w.operation)!;
    const m = cls.getMethodOrThrow(op.name);
    const decl = m.getOverloads()[0] ?? m;
    const params = decl.getParameters().slice(0, -1); // every method ends with `requestOptions`
    const resultType = (decl.getReturnTypeNode()?.getText() ?? "unknown").replace(/^HttpPromise<([\s\S]*)>$/, "$1");
    const args = params.map((p) => p.getName());
    const spec = [
      `name: ${JSON.stringify(`${r.name}.${w.name}`)}`,
      `status: (result) => ${statusAccess(ctx, op.responses.find((x) => x.kind === "json")?.type, w)}`,
      `success: ${JSON.stringify(w.success)}`,
      `failure: ${JSON.stringify(w.failure)}`,
      `timeoutInSeconds: ${w.timeoutInSeconds}`,
      `intervalInSeconds: ${w.intervalInSeconds}`,
      `maxIntervalInSeconds: ${w.maxIntervalInSeconds}`,
    ];
    const values = (v: Waiter["success"]) => v.map((x) => `\`${JSON.stringify(x)}\``).join(" or ");
    cls.addMethod({
      name: w.name,
      parameters: [
        ...params.map((p) => ({ name: p.getName(), type: p.getTypeNode()?.getText() ?? "unknown", hasQuestionToken: p.hasQuestionToken() })),
        { name: "options", type: `WaitOptions<${resultType}>`, hasQuestionToken: true },
      ],
      returnType: `Promise<${resultType}>`,
      docs: jsDoc({
        description:
          `Polls {@link ${cls.getName()}.${op.name}} until \`${w.statusPath.join(".")}\` is ${values(w.success)}, and resolves with that result. ` +
          `Waits ${w.intervalInSeconds} s before the second poll, then 1.5 times longer each time (at most ${w.maxIntervalInSeconds} s).`,
        tags: [
          ...params.map((p): [string, string] => ["param", `${p.getName()} As for {@link ${cls.getName()}.${op.name}}.`]),
          ["param", `options Timeout (default ${w.timeoutInSeconds} s), poll intervals, abort signal, per-poll request options, progress callback.`],
          ...(w.failure.length ? [["throws", `{@link ${prefix}WaiterFailureError} when the status is ${values(w.failure)}`] as [string, string]] : []),
          ["throws", `{@link ${prefix}WaiterTimeoutError} when no terminal status was seen within the timeout`],
        ],
      }),
      statements: [`return waitFor((requestOptions) => this.${op.name}(${[...args, "requestOptions"].join(", ")}), { ${spec.join(", ")} }, options);`],
    });
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
    expr = isIdentifier(key) ? `${expr}?.${key}` : `${expr}?.[${JSON.stringify(key)}]`;
    t = prop?.type;
  }
  return expr;
}

/** `export { WaiterError as <Prefix>WaiterError, … }` from the index, when some resource has a waiter. */
export function emitWaiterExports(ctx: EmitContext, file: SourceFile): void {
  if (!ctx.api.resources.some((r) => r.waiters?.length)) return;
  const prefix = ctx.config.client.errorPrefix;
  file.addExportDeclaration({
    moduleSpecifier: "./core/waiter.js",
    namedExports: ["WaiterError", "WaiterFailureError", "WaiterTimeoutError"].map((name) => ({ name, alias: `${prefix}${name}` })),
  });
  file.addExportDeclaration({ moduleSpecifier: "./core/waiter.js", namedExports: ["WaitOptions"], isTypeOnly: true });
}

/** What the package README lists about waiters (`waiters` in templates/README.md.hbs). */
export function waiterDocs(ctx: EmitContext): Array<{ resource: string; name: string; operation: string; args: string; status: string; success: string; failure: string; timeout: number }> | undefined {
  const docs = ctx.api.resources.flatMap((r) =>
    (r.waiters ?? []).map((w) => ({
      resource: r.name,
      name: w.name,
      operation: `${r.name}.${w.operation}`,
      // The polled method's path arguments (a request object, when it needs one, stays a placeholder).
      args: (() => {
        const op = r.operations.find((o) => o.name === w.operation)!;
        const path = op.params.filter((p) => p.in === "path").map((p) => JSON.stringify(p.name));
        const list = [...path, ...(op.params.some((p) => p.in !== "path" && p.required) || op.body?.required ? ["{ /* … */ }"] : [])];
        return list.map((a) => `${a}, `).join("");
      })(),
      status: w.statusPath.join("."),
      success: w.success.map((v) => `\`${JSON.stringify(v)}\``).join(", "),
      failure: w.failure.map((v) => `\`${JSON.stringify(v)}\``).join(", ") || "—",
      timeout: w.timeoutInSeconds,
    })),
  );
  return docs.length ? docs : undefined;
}
