/**
 * Generated waiters against a server on 127.0.0.1 whose jobs change status over time (spec: specs/jobs.yaml, whose
 * waiters are detected): resolve with the final mapped object, back off between polls, throw the typed failure and
 * timeout errors, cancel an in-flight poll at the deadline, honour the abort signal, and pass poll errors through.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { writeAtomically } from "../../generator/write/atomic.js";
import { json, rejection, startFeatureServer, type FeatureHandler, type FeatureServer } from "../features/harness.js";

const SPEC = join(fileURLToPath(new URL(".", import.meta.url)), "specs/jobs.yaml");

let server: FeatureServer & { handle: FeatureHandler };
let sdk: any;
let files: Map<string, string>;
let root: string;

/** Status sequences by job id: each GET of a job answers the next one (the last one repeats). */
let plans: Record<string, Array<string | "stall" | 404>> = {};
const polls: Record<string, number[]> = {};

const handler: FeatureHandler = (req, res) => {
  const m = /^\/jobs\/([^/]+)$/.exec(req.path) ?? /^\/reports\/([^/]+)$/.exec(req.path);
  if (!m) return json(res, 404, { message: "no route" });
  const id = decodeURIComponent(m[1]!);
  polls[id] = [...(polls[id] ?? []), Date.now()];
  const plan = plans[id] ?? [];
  const step = plan[Math.min(polls[id]!.length - 1, plan.length - 1)];
  if (step === "stall") return new Promise<void>((r) => req.clientClosed.then(() => r()));
  if (step === 404) return json(res, 404, { message: "gone" });
  if (req.path.startsWith("/reports/")) return json(res, 200, { report: { id, build_state: step } });
  return json(res, 200, {
    job_id: id,
    status: step,
    ...(step === "succeeded" ? { finished_at: "2024-05-01T10:00:00.000Z" } : {}),
    ...(step === "failed" ? { error_message: "bad input" } : {}),
  });
};

beforeAll(async () => {
  server = await startFeatureServer(handler);
  root = mkdtempSync(join(tmpdir(), "waiters-"));
  const out = join(root, "pkg");
  const result = await generate({
    inputs: [SPEC],
    output: out,
    package: { name: "jobs-sdk" },
    client: { className: "JobsClient", errorPrefix: "Jobs", errorBaseClass: "JobsError" },
  });
  writeAtomically(out, result.files);
  files = result.files;
  sdk = await import(pathToFileURL(join(out, "dist/esm/index.js")).href);
}, 180_000);
afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  plans = {};
  for (const k of Object.keys(polls)) delete polls[k];
  server.handle = handler;
});

const client = () => new sdk.JobsClient({ baseUrl: server.url, maxRetries: 0 });
const fast = { intervalInSeconds: 0.05, maxIntervalInSeconds: 0.12 };

test("the emitted method takes the polled method's arguments and options, typed by its result", () => {
  const src = files.get("src/resources/jobs.ts")!;
  expect(src).toContain("waitUntilSucceeded(jobId: string, request?: JobsGetRequest, options?: WaitOptions<Job>): Promise<Job> {");
  expect(src).toContain("status: (result) => result?.status,");
  expect(files.get("src/resources/reports.ts")).toContain("status: (result) => result?.report?.buildState,");
  expect(files.get("src/index.ts")).toContain("WaiterTimeoutError as JobsWaiterTimeoutError");
  for (const name of ["JobsWaiterError", "JobsWaiterFailureError", "JobsWaiterTimeoutError"]) expect(typeof sdk[name]).toBe("function");
});

describe("waitUntil…", () => {
  test("polls until the success value and resolves with the final, mapped object; delays grow 1.5× up to the cap", async () => {
    plans.j1 = ["queued", "running", "running", "running", "succeeded"];
    const seen: string[] = [];
    const job = await client().jobs.waitUntilSucceeded("j1", { verbose: true }, { ...fast, onPoll: (r: any) => seen.push(r.status) });
    expect(job).toEqual({ jobId: "j1", status: "succeeded", finishedAt: new Date("2024-05-01T10:00:00.000Z") });
    expect(seen).toEqual(["queued", "running", "running", "running", "succeeded"]);
    expect(polls.j1).toHaveLength(5);
    expect(server.last().rawQuery).toBe("verbose=true");
    const gaps = polls.j1!.slice(1).map((t, i) => t - polls.j1![i]!);
    // Lower bounds only (a busy machine only makes gaps longer): 50, 75, 112.5, then capped at 120 ms.
    [50, 75, 112, 120].forEach((min, i) => {
      expect(gaps[i]).toBeGreaterThanOrEqual(min - 5);
    });
  });

  test("a failure value → JobsWaiterFailureError carrying the last result and status", async () => {
    plans.j2 = ["queued", "failed"];
    const e = await rejection(client().jobs.waitUntilSucceeded("j2", undefined, fast));
    expect(e).toBeInstanceOf(sdk.JobsWaiterFailureError);
    expect(e).toBeInstanceOf(sdk.JobsWaiterError);
    expect(e).toBeInstanceOf(sdk.JobsSdkError);
    expect(e.name).toBe("WaiterFailureError");
    expect(e.message).toBe('jobs.waitUntilSucceeded: status is "failed"');
    expect(e.status).toBe("failed");
    expect(e.result).toEqual({ jobId: "j2", status: "failed", errorMessage: "bad input" });
    expect(polls.j2).toHaveLength(2);
  });

  test("no terminal status within timeoutInSeconds → JobsWaiterTimeoutError with the last status, at the deadline", async () => {
    plans.j3 = ["running"];
    const start = Date.now();
    const e = await rejection(client().jobs.waitUntilSucceeded("j3", undefined, { ...fast, timeoutInSeconds: 0.4 }));
    const elapsed = Date.now() - start;
    expect(e).toBeInstanceOf(sdk.JobsWaiterTimeoutError);
    expect(e.message).toBe('jobs.waitUntilSucceeded: no terminal status after 0.4 s (last status "running")');
    expect(e.status).toBe("running");
    expect(e.result).toEqual({ jobId: "j3", status: "running" });
    expect(elapsed).toBeGreaterThanOrEqual(395);
    expect(elapsed).toBeLessThan(5000);
    expect(polls.j3!.length).toBeGreaterThanOrEqual(3);
  });

  test("a poll still in flight at the deadline is cancelled: the connection closes and the timeout error is thrown", async () => {
    plans.j4 = ["running", "stall"];
    const e = await rejection(client().jobs.waitUntilSucceeded("j4", undefined, { ...fast, timeoutInSeconds: 0.3 }));
    expect(e).toBeInstanceOf(sdk.JobsWaiterTimeoutError);
    expect(e.cause).toBeInstanceOf(sdk.JobsAbortError);
    await server.last().clientClosed;
    expect(server.last().closedEarly).toBe(true);
  });

  test("the abort signal stops the wait (while sleeping or polling) with JobsAbortError; an aborted signal sends nothing", async () => {
    plans.j5 = ["running"];
    const controller = new AbortController();
    const pending = client().jobs.waitUntilSucceeded("j5", undefined, { intervalInSeconds: 10, abortSignal: controller.signal });
    await new Promise((r) => setTimeout(r, 100));
    controller.abort(new Error("user left"));
    const e = await rejection(pending);
    expect(e).toBeInstanceOf(sdk.JobsAbortError);
    expect(e.cause).toEqual(new Error("user left"));
    expect(polls.j5).toHaveLength(1);

    plans.j6 = ["stall"];
    const c2 = new AbortController();
    const p2 = client().jobs.waitUntilSucceeded("j6", undefined, { abortSignal: c2.signal });
    await new Promise((r) => setTimeout(r, 100));
    c2.abort();
    expect(await rejection(p2)).toBeInstanceOf(sdk.JobsAbortError);

    const before = server.requests.length;
    expect(await rejection(client().jobs.waitUntilSucceeded("j7", undefined, { abortSignal: AbortSignal.abort() }))).toBeInstanceOf(
      sdk.JobsAbortError,
    );
    expect(server.requests.length).toBe(before);
  });

  test("an API error while polling ends the wait with that error (after the request's own retries)", async () => {
    plans.j8 = ["queued", 404];
    const e = await rejection(client().jobs.waitUntilSucceeded("j8", undefined, fast));
    expect(e).toBeInstanceOf(sdk.JobsError);
    expect(e.statusCode).toBe(404);
  });

  test("per-poll request options reach every poll; a nested status (report.build_state) works the same", async () => {
    plans.r1 = ["pending", "building", "ready"];
    const report = await client().reports.waitUntilReady("r1", { ...fast, requestOptions: { headers: { "x-trace": "t-1" } } });
    expect(report).toEqual({ report: { id: "r1", buildState: "ready" } });
    expect(server.requests.slice(-3).map((r) => r.headers["x-trace"])).toEqual(["t-1", "t-1", "t-1"]);
    plans.r2 = ["pending", "error"];
    expect((await rejection(client().reports.waitUntilReady("r2", fast))).status).toBe("error");
  });
});
