/**
 * Waiter detection and config (IR only, no emit): specs/jobs.yaml has one operation per case of the rule in
 * generator/ir/waiters.ts; the config adds, replaces, removes and refuses waiters.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { PartialConfig } from "../../generator/config.js";
import { Diagnostics } from "../../generator/diagnostics.js";
import { camelWords } from "../../generator/emit/names.js";
import type { Waiter } from "../../generator/ir/types.js";
import { runFrontEnd } from "../../generator/pipeline.js";

const SPEC = join(fileURLToPath(new URL(".", import.meta.url)), "specs/jobs.yaml");
const config = (waiters?: PartialConfig["waiters"]): PartialConfig => ({
  inputs: [SPEC],
  package: { name: "jobs" },
  ...(waiters ? { waiters } : {}),
});
const waitersOf = async (waiters?: PartialConfig["waiters"]) => {
  const { api, diagnostics } = await runFrontEnd(config(waiters));
  return {
    byResource: Object.fromEntries(api.resources.map((r) => [camelWords(r.name), (r.waiters ?? []).map(shown)])),
    diagnostics: diagnostics.items,
  };
};
/** A waiter with its IR words and polled operation id shown as the config writes them (`waitUntilDone`, `get`). */
const shown = (w: Waiter) => ({ ...w, name: camelWords(w.name), operation: w.operation.slice(w.operation.indexOf(".") + 1) });

describe("detected waiters", () => {
  test("a GET by id whose status enum has success and failure words gets waitUntil<Success>, reported", async () => {
    const { byResource, diagnostics } = await waitersOf();
    expect(byResource.jobs).toEqual([
      {
        name: "waitUntilSucceeded",
        operation: "get",
        statusPath: ["status"],
        success: ["succeeded"],
        failure: ["failed", "canceled"],
        timeoutInSeconds: 3600,
        intervalInSeconds: 1,
        maxIntervalInSeconds: 30,
        origin: "detected",
      },
    ]);
    const info = diagnostics.find((d) => d.code === "ir/waiter" && d.message.startsWith("jobs.waitUntilSucceeded"));
    expect(info?.severity).toBe("info");
    expect(info?.pointer).toBe("/paths/~1jobs~1{job_id}/get");
    expect(info?.line).toBeGreaterThan(0);
  });

  test("a status one object down is found (report.build_state)", async () => {
    const { byResource } = await waitersOf();
    expect(byResource.reports!.map((w) => [w.name, w.statusPath, w.success, w.failure])).toEqual([
      ["waitUntilReady", ["report", "build_state"], ["ready"], ["error"]],
    ]);
  });

  test("not detected: values without success/failure words, a required query parameter, a free-text status, a list", async () => {
    const { byResource } = await waitersOf();
    expect(byResource.things).toEqual([]);
    expect(byResource.exports).toEqual([]);
    expect(byResource.builds).toEqual([]);
    expect(byResource.jobs!.map((w) => w.operation)).toEqual(["get"]);
  });
});

describe("configured waiters", () => {
  test("config replaces the detected waiter of the same operation, with its own values and timings", async () => {
    const { byResource } = await waitersOf({
      "jobs.waitForJob": {
        status: "status",
        success: ["succeeded"],
        failure: ["failed"],
        timeoutInSeconds: 60,
        intervalInSeconds: 0.5,
        maxIntervalInSeconds: 4,
      },
    });
    expect(byResource.jobs).toEqual([
      {
        name: "waitForJob",
        operation: "get",
        statusPath: ["status"],
        success: ["succeeded"],
        failure: ["failed"],
        timeoutInSeconds: 60,
        intervalInSeconds: 0.5,
        maxIntervalInSeconds: 4,
        origin: "config",
      },
    ]);
  });

  test("config adds a waiter detection would not make (exports.get), and `false` removes a detected one", async () => {
    const { byResource } = await waitersOf({
      "exports.waitUntilDone": { operation: "exports.get", status: "status", success: ["done"], failure: ["failed"] },
      "jobs.waitUntilSucceeded": false,
    });
    expect(byResource.exports!.map((w) => [w.name, w.origin])).toEqual([["waitUntilDone", "config"]]);
    expect(byResource.jobs).toEqual([]);
  });

  test("a value the status enum does not have is a warning naming the config key", async () => {
    const { diagnostics } = await waitersOf({
      "jobs.waitUntilSucceeded": { status: "status", success: ["succeeded", "finished"], failure: ["failed"] },
    });
    const w = diagnostics.find((d) => d.code === "config/waiter");
    expect(w?.severity).toBe("warning");
    expect(w?.pointer).toBe("/waiters/jobs.waitUntilSucceeded");
    expect(w?.message).toContain('"finished" not among the values of "status"');
  });

  test.each([
    [{ "nope.waitUntil": { status: "status", success: ["x"] } }, /existing resource/],
    [{ "jobs.waitUntilX": { operation: "jobs.missing", status: "status", success: ["x"] } }, /"jobs.missing" is not an operation of jobs/],
    [{ "jobs.waitUntilX": { status: "result.state", success: ["x"] } }, /jobs.get has no JSON response property at "result.state"/],
    [{ "jobs.waitUntilX": { status: "status", success: [] } }, /non-empty `success`/],
    [{ "jobs.create": { status: "status", success: ["succeeded"] } }, /"create" is already an operation of jobs/],
  ] as const)("refused with a diagnostic at /waiters/<key>: %j", async (waiters, message) => {
    const diagnostics = new Diagnostics();
    await expect(runFrontEnd(config(waiters as any), diagnostics)).rejects.toThrow();
    const e = diagnostics.items.find((d) => d.severity === "error");
    expect(e?.code).toBe("config/waiter");
    expect(e?.pointer).toBe(`/waiters/${Object.keys(waiters)[0]}`);
    expect(e?.message).toMatch(message);
  });
});

test("Cohere: embedJobs.waitUntilComplete and datasets.waitUntilValidated come from spec/cohere/generator.yaml", async () => {
  const { readConfigFile } = await import("../../generator/config.js");
  const { api } = await runFrontEnd(readConfigFile(join(fileURLToPath(new URL("../..", import.meta.url)), "spec/cohere/generator.yaml")));
  const w = Object.fromEntries(
    api.resources.map((r) => [
      camelWords(r.name),
      (r.waiters ?? []).map(shown).map((x) => [x.name, x.operation, x.statusPath.join("."), x.success, x.failure]),
    ]),
  );
  expect(w.embedJobs).toEqual([["waitUntilComplete", "get", "status", ["complete"], ["failed", "cancelled"]]]);
  expect(w.datasets).toEqual([["waitUntilValidated", "get", "dataset.validation_status", ["validated", "skipped"], ["failed"]]]);
});
