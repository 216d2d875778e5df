/**
 * The committed cohere-ai package (generated/cohere-ai, built from spec/cohere/generator.yaml) against a server on
 * 127.0.0.1 that behaves like the real API where the reference pages say too little: `embedJobs.cancel` answers an
 * empty 200, an embed job and a dataset's validation change status over time.
 */
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  CohereClient,
  CohereResponseError,
  CohereWaiterFailureError,
  CohereWaiterTimeoutError,
  NotFoundError,
} from "../../generated/cohere-ai/dist/esm/index.js";
import { rejection } from "../helpers/errors.js";
import { json, startServer, type RecordedRequest, type TestServer } from "../helpers/http.js";

let server: TestServer;
let handle: (req: RecordedRequest, res: ServerResponse, n: number) => void;
beforeAll(async () => {
  server = await startServer((req, res, n) => handle(req, res, n));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});
const cohere = () => new CohereClient({ token: "tok", baseUrl: server.url, maxRetries: 0 });
const empty =
  (status = 200) =>
  (_q: RecordedRequest, res: ServerResponse) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end();
  };

describe("embedJobs.cancel: the real API answers an empty 200", () => {
  test("an empty 200 resolves to {} (the declared empty object), a 204 too", async () => {
    handle = empty();
    await expect(cohere().embedJobs.cancel("job-1")).resolves.toEqual({});
    expect(server.requests[0]).toMatchObject({ method: "POST", url: "/v1/embed-jobs/job-1/cancel" });
    const { data, rawResponse } = await cohere().embedJobs.cancel("job-1").withRawResponse();
    expect(data).toEqual({});
    expect(rawResponse.status).toBe(200);
    handle = (_q, res) => void res.writeHead(204).end();
    await expect(cohere().embedJobs.cancel("job-1")).resolves.toEqual({});
  });

  test("a malformed body is still CohereResponseError; so is an empty body where data is required (embedJobs.get)", async () => {
    handle = (_q, res) => void res.writeHead(200, { "content-type": "application/json" }).end("{not json");
    const bad = await rejection(cohere().embedJobs.cancel("job-1"));
    expect(bad).toBeInstanceOf(CohereResponseError);
    expect(bad.message).toBe("Malformed JSON in 200 response: {not json");
    handle = empty();
    const none = await rejection(cohere().embedJobs.get("job-1"));
    expect(none).toBeInstanceOf(CohereResponseError);
    expect(none.message).toBe("Empty body in 200 response");
    // A list whose properties are all optional promises data too: empty is an error, not an empty page.
    expect(await rejection(cohere().embedJobs.list())).toBeInstanceOf(CohereResponseError);
  });
});

const job = (status: string) => ({
  job_id: "job-1",
  status,
  created_at: "2024-05-01T10:00:00.000Z",
  input_dataset_id: "ds-in",
  model: "embed-english-v3.0",
  truncate: "END",
  ...(status === "complete" ? { output_dataset_id: "ds-out" } : {}),
});
const dataset = (validation_status: string) => ({
  dataset: {
    id: "ds-1",
    name: "docs",
    created_at: "2024-05-01T10:00:00.000Z",
    updated_at: "2024-05-01T10:05:00.000Z",
    dataset_type: "embed-input",
    validation_status,
    ...(validation_status === "failed" ? { validation_error: "row 3: missing text" } : {}),
  },
});

describe("waiters (spec/cohere/generator.yaml)", () => {
  test("create an embed job, then embedJobs.waitUntilComplete resolves with the completed job", async () => {
    const statuses = ["processing", "processing", "complete"];
    let polls = 0;
    handle = (req, res) => {
      if (req.method === "POST") return json(res, 200, { job_id: "job-1" });
      json(res, 200, job(statuses[Math.min(polls++, statuses.length - 1)]!));
    };
    const { jobId } = await cohere().embedJobs.create({ model: "embed-english-v3.0", datasetId: "ds-in", inputType: "search_document" });
    const done = await cohere().embedJobs.waitUntilComplete(jobId, { intervalInSeconds: 0.02 });
    expect(done.status).toBe("complete");
    expect(done.outputDatasetId).toBe("ds-out");
    expect(done.createdAt).toEqual(new Date("2024-05-01T10:00:00.000Z"));
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v1/embed-jobs",
      ...Array(3).fill("GET /v1/embed-jobs/job-1"),
    ]);
    expect(server.requests.every((r) => r.headers.authorization === "Bearer tok")).toBe(true);
  });

  test("a cancelled or failed job → CohereWaiterFailureError with the job; cancelling is not terminal", async () => {
    for (const end of ["cancelled", "failed"]) {
      const statuses = ["processing", "cancelling", end];
      let polls = 0;
      handle = (_q, res) => json(res, 200, job(statuses[Math.min(polls++, 2)]!));
      const e = await rejection(cohere().embedJobs.waitUntilComplete("job-1", { intervalInSeconds: 0.02 }));
      expect(e).toBeInstanceOf(CohereWaiterFailureError);
      expect(e.status).toBe(end);
      expect(e.result.jobId).toBe("job-1");
      expect(polls).toBe(3);
    }
  });

  test("datasets.waitUntilValidated: queued → processing → validated; failed → CohereWaiterFailureError; stuck → timeout", async () => {
    let statuses = ["queued", "processing", "validated"];
    let polls = 0;
    handle = (_q, res) => json(res, 200, dataset(statuses[Math.min(polls++, statuses.length - 1)]!));
    const ok = await cohere().datasets.waitUntilValidated("ds-1", { intervalInSeconds: 0.02 });
    expect(ok.dataset.validationStatus).toBe("validated");
    expect(server.requests.at(-1)!.url).toBe("/v1/datasets/ds-1");

    statuses = ["queued", "failed"];
    polls = 0;
    const failed = await rejection(cohere().datasets.waitUntilValidated("ds-1", { intervalInSeconds: 0.02 }));
    expect(failed).toBeInstanceOf(CohereWaiterFailureError);
    expect(failed.result.dataset.validationError).toBe("row 3: missing text");

    statuses = ["processing"];
    const stuck = await rejection(cohere().datasets.waitUntilValidated("ds-1", { intervalInSeconds: 0.02, timeoutInSeconds: 0.2 }));
    expect(stuck).toBeInstanceOf(CohereWaiterTimeoutError);
    expect(stuck.status).toBe("processing");
  });

  test("a job that does not exist → NotFoundError from the poll", async () => {
    handle = (_q, res) => json(res, 404, { message: "job not found" });
    expect(await rejection(cohere().embedJobs.waitUntilComplete("nope"))).toBeInstanceOf(NotFoundError);
  });
});
