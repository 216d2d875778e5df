/** The TSDoc of a resource method, with its `@throws` line and a runnable `@example`. */
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import { stringLiteral } from "./escape.js";
import { exampleFilePath, exampleValue } from "./examples.js";
import type { Operation, Resource } from "../ir/types.js";
import { keyOf, type MethodPlan } from "./method-plan.js";
import { keySource } from "./names.js";

/**
 * One `@throws` line for the API's error family: the base class, and the subclass of each status the operation
 * declares (`400 {@link BadRequestError}, 401 …`), instead of one line per status.
 */
function throwsLine(ctx: EmitContext, op: Operation): string {
  const declared = op.errors.flatMap((e) => {
    const cls = ctx.api.errors.find((x) => x.status === e.status)?.name ? ctx.errorClasses.get(e.status) : undefined;
    return cls ? [`${e.status} {@link ${cls}}`] : [];
  });
  const base = `{@link ${ctx.client.errorBaseClass}} on a non-2xx response`;
  return declared.length ? `${base}, as the subclass of its status: ${declared.join(", ")}` : base;
}

/** A method's TSDoc (summary, description, @param, @throws, @example) and the example alone, for the README. */
export function methodDocs(ctx: EmitContext, r: Resource, p: MethodPlan) {
  const op = p.op;
  const tags: Array<[string, string]> = [];
  // A parameter the spec says nothing about gets no @param line: its name and type say it all.
  for (const a of p.pathArgs) if (a.param.description) tags.push(["param", `${a.ident} ${a.param.description}`]);
  if (p.request?.kind === "body" && op.body?.description) tags.push(["param", `request ${op.body.description}`]);
  for (const f of p.files)
    tags.push([
      "param",
      `${f.ident} ${f.field.description ? `${f.field.description} ` : ""}(Blob, File, bytes, a web or Node.js readable stream)`,
    ]);
  tags.push(["param", "requestOptions Per-request timeout, retries, abort signal and headers."]);
  tags.push(["throws", throwsLine(ctx, op)]);
  const clientVar = "client";
  const args: string[] = p.pathArgs.map((a) => exampleValue(ctx, a.param.type, a.param.name));
  if (p.request) {
    const req = p.request;
    if (req.kind === "body") args.push(op.body ? exampleValue(ctx, op.body.type, "body") : "{}");
    else {
      const members: string[] = [];
      for (const q of req.params.filter((x) => x.required)) members.push(`${keySource(keyOf(q))}: ${exampleValue(ctx, q.type, q.name)}`);
      for (const f of req.fields.filter((x) => x.required)) members.push(`${keySource(keyOf(f))}: ${exampleValue(ctx, f.type, f.name)}`);
      if (req.extendsBody && op.body) {
        const b = exampleValue(ctx, op.body.type, "body")
          .replace(/^\{\s*/, "")
          .replace(/\s*\}$/, "");
        if (b) members.push(b);
      }
      if (req.bodyMember && op.body?.required) members.push(`body: ${exampleValue(ctx, op.body.type, "body")}`);
      // An optional request followed by a required file still takes its place (as undefined).
      const fileFollows = p.files.some((f) => f.field.required);
      if (members.length || !req.optional) args.push(`{ ${members.join(", ")} }`);
      else if (fileFollows) args.push("undefined");
    }
  }
  for (const f of p.files.filter((x) => x.field.required)) {
    const read = `fs.createReadStream(${stringLiteral(exampleFilePath(f.field))})`;
    args.push(f.field.kind === "files" ? `[${read}]` : read);
  }
  const accessor = `${clientVar}.${ctx.spelling.member(r)}.${ctx.spelling.methodName(op)}`;
  const example = `${p.files.length ? 'import fs from "node:fs";\n' : ""}const result = await ${accessor}(${args.join(", ")});`;
  tags.push(["example", `\n${example}`]);
  return {
    example,
    docs: jsDoc({
      description: [op.summary, op.description].filter((x, i, a) => x && a.indexOf(x) === i).join("\n\n"),
      deprecated: op.deprecated,
      tags,
    }),
  };
}
