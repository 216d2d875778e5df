/**
 * The IR contract (generator/ir/types.ts), tested: a second-language emitter (test/contract/toy-python.ts) is
 * written against generator/ir/ alone and spells every name from the IR's words in its own style.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Api } from "../../generator/ir/types.js";
import { cohereFrontEnd } from "../helpers/project.js";
import { pythonOutline } from "./toy-python.js";

describe("a toy Python emitter built on the IR only", () => {
  let api: Api;
  let outline: string;
  beforeAll(async () => {
    api = (await cohereFrontEnd()).api;
    outline = pythonOutline(JSON.parse(JSON.stringify(api)));
  });

  it("imports nothing of the generator but the IR's types", () => {
    const text = readFileSync(new URL("./toy-python.ts", import.meta.url), "utf8");
    const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    expect(imports).toEqual(["../../generator/ir/types.js"]);
  });

  it("spells resources, methods, options, errors and types in Python style from the words", () => {
    const lines = outline.split("\n");
    expect(lines).toContain("class EmbedJobs:");
    expect(lines).toContain("    embed_jobs: EmbedJobs");
    expect(lines).toContain("    def get_usage(self) -> Any: ...  # GET /v1/datasets/usage");
    expect(lines).toContain('    def create(self, request: "EmbedJobsCreateRequest") -> Any: ...  # POST /v1/embed-jobs');
    expect(lines).toContain("    def cancel(self, id: str) -> Any: ...  # POST /v1/embed-jobs/{id}/cancel");
    expect(lines).toContain("    def wait_until_complete(self, *args: Any) -> Any: ...  # polls embedJobs.get");
    expect(lines).toContain("class BadRequestError(CohereError): ...  # HTTP 400");
    expect(lines).toContain("class CohereClient:");
    expect(lines.find((l) => l.startsWith("    def __init__"))).toContain("client_name: Optional[str] = None");
    // A component schema keeps the spec's own spelling; properties keep their wire names.
    expect(lines).toContain("class CreateEmbedJobRequest(TypedDict):");
    expect(outline).toMatch(/^ {4}"dataset_id": str$/m);
  });

  it("covers the whole API: a method per operation and waiter, a class per type, resource and error", () => {
    const defs = outline.split("\n").filter((l) => /^ {4}def (?!__init__)/.test(l)).length;
    const ops = api.resources.reduce((n, r) => n + r.operations.length + (r.waiters?.length ?? 0), 0);
    expect(defs).toBe(ops);
    const classes = outline.split("\n").filter((l) => l.startsWith("class ")).length;
    expect(classes).toBe(api.types.length + api.resources.length + api.errors.filter((e) => e.name).length + 2);
  });
});
