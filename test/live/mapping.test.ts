/**
 * Mapping between the wire (snake_case JSON, ISO 8601 strings) and the SDK's types (camelCase, Date), both ways,
 * through the generated client against a local recording server; and `.withRawResponse()`.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { ServerResponse } from "node:http";
import { CohereClient } from "../../generated/cohere-ai/dist/esm/index.js";
import { json, startServer, type RecordedRequest, type TestServer } from "../helpers/http.js";
import { jsonBody, queryOf, urlOf } from "./wire.js";

let server: TestServer;
let reply: (req: RecordedRequest, res: ServerResponse) => void;
let client: CohereClient;

beforeAll(async () => {
  server = await startServer((req, res) => reply(req, res));
  client = new CohereClient({
    token: "map-token",
    baseUrl: server.url,
    maxRetries: 0,
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  reply = (_req, res) => json(res, 200, {});
});

const WIRE_DATASET = {
  id: "ds-1",
  name: "my dataset",
  created_at: "2024-02-29T23:59:59.123Z",
  updated_at: "2024-03-01T00:00:00+02:00",
  dataset_type: "some-future-type",
  validation_status: "half-validated",
  validation_error: null,
  schema: "{}",
  required_fields: ["text"],
  preserve_fields: ["title", "url"],
  dataset_parts: [
    {
      id: "p1",
      name: "part-1",
      url: "https://x/p1",
      index: 0,
      size_bytes: 1024,
      num_rows: 3,
      original_url: "https://x/o1",
      samples: ["a"],
      part_extra: { deep_key: 1 },
    },
    { id: "p2", name: "part-2", size_bytes: 0, num_rows: 0 },
  ],
  validation_warnings: ["w1"],
  parse_info: { separator: "\n", delimiter: "," },
  metrics: {
    finetune_dataset_metrics: {
      trainable_token_count: 9007199254740991,
      total_examples: 10,
      train_examples: 8,
      train_size_bytes: 800,
      eval_examples: 2,
      eval_size_bytes: 200,
      reranker_data_metrics: {
        num_train_queries: 1,
        num_train_relevant_passages: 2,
        num_train_hard_negatives: 3,
        num_eval_queries: 4,
        num_eval_relevant_passages: 5,
        num_eval_hard_negatives: 6,
      },
      chat_data_metrics: {
        num_train_turns: 7,
        num_eval_turns: 8,
        preamble: "be nice",
      },
      classify_data_metrics: {
        label_metrics: [
          { total_examples: 5, label: "pos", samples: ["good"] },
          { total_examples: 6, label: "neg", samples: [] },
        ],
      },
    },
  },
  future_field: { nested_snake: [1, 2] },
};

const MAPPED_DATASET = {
  id: "ds-1",
  name: "my dataset",
  createdAt: new Date("2024-02-29T23:59:59.123Z"),
  updatedAt: new Date("2024-02-29T22:00:00.000Z"),
  datasetType: "some-future-type",
  validationStatus: "half-validated",
  validationError: null,
  schema: "{}",
  requiredFields: ["text"],
  preserveFields: ["title", "url"],
  datasetParts: [
    {
      id: "p1",
      name: "part-1",
      url: "https://x/p1",
      index: 0,
      sizeBytes: 1024,
      numRows: 3,
      originalUrl: "https://x/o1",
      samples: ["a"],
      part_extra: { deep_key: 1 },
    },
    { id: "p2", name: "part-2", sizeBytes: 0, numRows: 0 },
  ],
  validationWarnings: ["w1"],
  parseInfo: { separator: "\n", delimiter: "," },
  metrics: {
    finetuneDatasetMetrics: {
      trainableTokenCount: 9007199254740991,
      totalExamples: 10,
      trainExamples: 8,
      trainSizeBytes: 800,
      evalExamples: 2,
      evalSizeBytes: 200,
      rerankerDataMetrics: {
        numTrainQueries: 1,
        numTrainRelevantPassages: 2,
        numTrainHardNegatives: 3,
        numEvalQueries: 4,
        numEvalRelevantPassages: 5,
        numEvalHardNegatives: 6,
      },
      chatDataMetrics: {
        numTrainTurns: 7,
        numEvalTurns: 8,
        preamble: "be nice",
      },
      classifyDataMetrics: {
        labelMetrics: [
          { totalExamples: 5, label: "pos", samples: ["good"] },
          { totalExamples: 6, label: "neg", samples: [] },
        ],
      },
    },
  },
  future_field: { nested_snake: [1, 2] },
};

const WIRE_META = {
  api_version: {
    version: "2",
    is_deprecated: false,
    is_experimental: true,
    api_extra: "x",
  },
  billed_units: {
    images: 1,
    input_tokens: 12.5,
    output_tokens: 0,
    search_units: 3,
    classifications: 4,
  },
  tokens: { input_tokens: 7, output_tokens: 8 },
  cached_tokens: 2,
  warnings: ["careful"],
};
const MAPPED_META = {
  apiVersion: {
    version: "2",
    isDeprecated: false,
    isExperimental: true,
    api_extra: "x",
  },
  billedUnits: {
    images: 1,
    inputTokens: 12.5,
    outputTokens: 0,
    searchUnits: 3,
    classifications: 4,
  },
  tokens: { inputTokens: 7, outputTokens: 8 },
  cachedTokens: 2,
  warnings: ["careful"],
};

describe("response mapping", () => {
  test("datasets.get: snake_case → camelCase at every depth, arrays of objects, ISO → Date, unknown fields and enum values kept", async () => {
    reply = (_req, res) => json(res, 200, { dataset: WIRE_DATASET, top_level_extra: true });
    const result = await client.datasets.get("ds-1");
    expect(result).toStrictEqual({
      dataset: MAPPED_DATASET,
      top_level_extra: true,
    });
    expect(result.dataset.createdAt).toBeInstanceOf(Date);
    expect(result.dataset.createdAt.toISOString()).toBe("2024-02-29T23:59:59.123Z");
    expect(result.dataset.updatedAt.getTime()).toBe(Date.parse("2024-03-01T00:00:00+02:00"));
  });

  test("datasets.list: an array of datasets, each mapped", async () => {
    reply = (_req, res) =>
      json(res, 200, {
        datasets: [WIRE_DATASET, { ...WIRE_DATASET, id: "ds-2", dataset_parts: [] }],
      });
    const page = await client.datasets.list();
    expect(page.items).toStrictEqual([MAPPED_DATASET, { ...MAPPED_DATASET, id: "ds-2", datasetParts: [] }]);
    expect(page.response).toStrictEqual({ datasets: page.items });
  });

  test("datasets.list: iterating walks the pages by offset/limit, each item mapped", async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({ ...WIRE_DATASET, id: `ds-${i}` }));
    reply = (req, res) => {
      const q = queryOf(req);
      const offset = Number(q["offset"]?.[0] ?? 0);
      const limit = Number(q["limit"]?.[0] ?? 100);
      json(res, 200, { datasets: all.slice(offset, offset + limit) });
    };
    const seen: Array<[string, Date]> = [];
    for await (const d of client.datasets.list({ limit: 2, validationStatus: "validated" })) seen.push([d.id, d.createdAt]);
    expect(seen.map(([id]) => id)).toStrictEqual(["ds-0", "ds-1", "ds-2", "ds-3", "ds-4"]);
    expect(seen.every(([, at]) => at instanceof Date)).toBe(true);
    expect(server.requests.map((r) => r.url)).toStrictEqual([
      "/v1/datasets?limit=2&validationStatus=validated",
      "/v1/datasets?limit=2&offset=2&validationStatus=validated",
      "/v1/datasets?limit=2&offset=4&validationStatus=validated",
    ]);
  });

  test("datasets.getUsage: a 64-bit count", async () => {
    reply = (_req, res) => json(res, 200, { organization_usage: 123456789012 });
    expect(await client.datasets.getUsage()).toStrictEqual({
      organizationUsage: 123456789012,
    });
  });

  test("embedJobs.list / get / create / cancel", async () => {
    const wireJob = {
      job_id: "job-1",
      name: "n",
      status: "paused-by-ops",
      created_at: "2025-01-01T12:00:00Z",
      input_dataset_id: "in-1",
      output_dataset_id: "out-1",
      model: "embed-v4.0",
      truncate: "MIDDLE",
      meta: WIRE_META,
    };
    const mappedJob = {
      jobId: "job-1",
      name: "n",
      status: "paused-by-ops",
      createdAt: new Date("2025-01-01T12:00:00Z"),
      inputDatasetId: "in-1",
      outputDatasetId: "out-1",
      model: "embed-v4.0",
      truncate: "MIDDLE",
      meta: MAPPED_META,
    };
    reply = (_req, res) =>
      json(res, 200, {
        embed_jobs: [wireJob, { ...wireJob, job_id: "job-2", meta: undefined }],
      });
    expect(await client.embedJobs.list()).toStrictEqual({
      embedJobs: [mappedJob, { ...mappedJob, jobId: "job-2", meta: undefined }].map(dropUndefined),
    });
    reply = (_req, res) => json(res, 200, wireJob);
    expect(await client.embedJobs.get("job-1")).toStrictEqual(mappedJob);
    reply = (_req, res) => json(res, 200, { job_id: "job-3", meta: WIRE_META });
    expect(
      await client.embedJobs.create({
        model: "m",
        datasetId: "d",
        inputType: "image",
      }),
    ).toStrictEqual({ jobId: "job-3", meta: MAPPED_META });
    reply = (_req, res) => json(res, 200, { some_field: 1 });
    expect(await client.embedJobs.cancel("job-3")).toStrictEqual({
      some_field: 1,
    });
  });

  test("v2.embed: embeddings come back as the same numbers, images and meta mapped", async () => {
    const float = [
      [0.1, -2.5e-7, 1e300, 0, -0, Math.PI, -Number.MAX_VALUE, 5e-324],
      [1, 2, 3, 4, 5, 6, 7, 8],
    ];
    const embeddings = {
      float,
      int8: [[-128, 0, 127]],
      uint8: [[0, 128, 255]],
      binary: [[-5, 7]],
      ubinary: [[5, 250]],
      base64: ["AAEC/w=="],
    };
    const body = {
      response_type: "embeddings_by_type",
      id: "emb-1",
      embeddings,
      texts: ["hello", "goodbye"],
      images: [{ width: 32, height: 16, format: "png", bit_depth: 8, image_extra: 1 }],
      meta: WIRE_META,
    };
    // Sent as literal JSON text so that -0 and the extreme doubles travel exactly as written.
    reply = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body).replace('"float":[[0.1,-2.5e-7,1e+300,0,0,', '"float":[[0.1,-2.5e-7,1e+300,0,-0,'));
    };
    const result = await client.v2.embed({
      model: "embed-v4.0",
      inputType: "classification",
      texts: ["hello", "goodbye"],
    });
    expect(result).toStrictEqual({
      responseType: "embeddings_by_type",
      id: "emb-1",
      embeddings,
      texts: ["hello", "goodbye"],
      images: [{ width: 32, height: 16, format: "png", bitDepth: 8, image_extra: 1 }],
      meta: MAPPED_META,
    });
    expect(Object.is(result.embeddings.float![0]![4], -0)).toBe(true);
    expect(result.embeddings.float![0]![7]).toBe(5e-324);
    expect(result.responseType).toBe("embeddings_by_type");
  });

  test("a large embedding response (96 × 1536 floats) comes back intact", async () => {
    const rows = Array.from({ length: 96 }, (_, i) => Array.from({ length: 1536 }, (_, j) => ((i * 1536 + j) % 997) / 997 - 0.5));
    reply = (_req, res) => json(res, 200, { id: "big", embeddings: { float: rows } });
    const result = await client.v2.embed({
      model: "m",
      inputType: "search_document",
    });
    expect(result.embeddings.float).toStrictEqual(rows);
    expect(result.embeddings.float).toHaveLength(96);
  });

  test("null nested objects stay null; missing optional fields stay absent", async () => {
    reply = (_req, res) =>
      json(res, 200, {
        job_id: "j",
        status: "complete",
        created_at: "2024-01-01T00:00:00Z",
        input_dataset_id: "i",
        model: "m",
        truncate: "END",
        meta: null,
      });
    const job = await client.embedJobs.get("j");
    expect(job.meta).toBeNull();
    expect("outputDatasetId" in job).toBe(false);
    expect("output_dataset_id" in job).toBe(false);
  });
});

describe("request mapping", () => {
  test("v2.embed: camelCase → snake_case, nested inputs with both content variants", async () => {
    reply = (_req, res) => json(res, 200, { id: "e", embeddings: {} });
    await client.v2.embed({
      model: "embed-v4.0",
      inputType: "search_query",
      texts: ["t"],
      images: ["data:image/png;base64,AA=="],
      inputs: [
        { content: [{ type: "text", text: "caption" }] },
        {
          content: [
            { type: "image_url", imageUrl: { url: "https://img/x.png" } },
            { type: "text", text: "both" },
          ],
        },
      ],
      maxTokens: 100,
      outputDimension: 256,
      embeddingTypes: ["int8", "base64"],
      truncate: "NONE",
      priority: 0,
    });
    expect(jsonBody(server.requests[0]!)).toStrictEqual({
      model: "embed-v4.0",
      input_type: "search_query",
      texts: ["t"],
      images: ["data:image/png;base64,AA=="],
      inputs: [
        { content: [{ type: "text", text: "caption" }] },
        {
          content: [
            { type: "image_url", image_url: { url: "https://img/x.png" } },
            { type: "text", text: "both" },
          ],
        },
      ],
      max_tokens: 100,
      output_dimension: 256,
      embedding_types: ["int8", "base64"],
      truncate: "NONE",
      priority: 0,
    });
  });

  test("the caller's request object is not modified", async () => {
    reply = (_req, res) => json(res, 200, { job_id: "j" });
    const request = {
      model: "m",
      datasetId: "d",
      inputType: "clustering" as const,
      embeddingTypes: ["float" as const],
    };
    const copy = structuredClone(request);
    await client.embedJobs.create(request);
    expect(request).toStrictEqual(copy);
    expect(jsonBody(server.requests[0]!)).toStrictEqual({
      model: "m",
      dataset_id: "d",
      input_type: "clustering",
      embedding_types: ["float"],
    });
  });

  test("datasets.list: Date → ISO 8601 in the query; undefined parameters are left out", async () => {
    reply = (_req, res) => json(res, 200, { datasets: [] });
    await client.datasets.list({
      before: new Date(Date.UTC(2024, 11, 31, 23, 59, 59, 999)),
      after: undefined,
      limit: 0,
    });
    expect(queryOf(server.requests[0]!)).toStrictEqual({
      before: ["2024-12-31T23:59:59.999Z"],
      limit: ["0"],
    });
  });

  test("datasets.create: query parameter names in snake_case, booleans and arrays", async () => {
    reply = (_req, res) => json(res, 200, { id: "ds" });
    await expect(
      client.datasets.create(
        {
          name: "n",
          type: "embed-input",
          keepOriginalFile: false,
          skipMalformedInput: true,
          keepFields: ["a"],
          optionalFields: [],
          textSeparator: " ",
          csvDelimiter: "\t",
        },
        new Blob(["x"]),
      ),
    ).resolves.toStrictEqual({ id: "ds" });
    const q = queryOf(server.requests[0]!);
    expect(q).toStrictEqual({
      name: ["n"],
      type: ["embed-input"],
      keep_original_file: ["false"],
      skip_malformed_input: ["true"],
      keep_fields: ["a"],
      text_separator: [" "],
      csv_delimiter: ["\t"],
    });
  });
});

describe("withRawResponse", () => {
  test("gives the data with status, headers and url", async () => {
    reply = (_req, res) => json(res, 200, { organization_usage: 1 }, { "x-request-id": "raw-1", "x-ratelimit-remaining": "41" });
    const { data, rawResponse } = await client.datasets.getUsage().withRawResponse();
    expect(data).toStrictEqual({ organizationUsage: 1 });
    expect(rawResponse.status).toBe(200);
    expect(rawResponse.statusText).toBe("OK");
    expect(rawResponse.headers).toBeInstanceOf(Headers);
    expect(rawResponse.headers.get("x-request-id")).toBe("raw-1");
    expect(rawResponse.headers.get("x-ratelimit-remaining")).toBe("41");
    expect(rawResponse.url).toBe(`${server.url}/v1/datasets/usage`);
  });

  test("url includes the serialized query; a non-200 2xx status is reported", async () => {
    reply = (_req, res) => json(res, 201, { id: "ds-new" });
    const { data, rawResponse } = await client.datasets
      .create({ name: "a b", type: "embed-input", keepFields: ["x", "y"] }, new Blob(["{}"]))
      .withRawResponse();
    expect(data).toStrictEqual({ id: "ds-new" });
    expect(rawResponse.status).toBe(201);
    expect(rawResponse.url).toBe(`${server.url}/v1/datasets?name=a%20b&type=embed-input&keep_fields=x&keep_fields=y`);
  });

  test("every one of the nine methods returns a promise with .withRawResponse()", async () => {
    reply = (_req, res) => json(res, 200, {});
    const calls: Record<string, () => PromiseLike<unknown>> = {
      "v2.embed": () => client.v2.embed({ model: "m", inputType: "image" }),
      "embedJobs.create": () => client.embedJobs.create({ model: "m", datasetId: "d", inputType: "image" }),
      "embedJobs.list": () => client.embedJobs.list(),
      "embedJobs.get": () => client.embedJobs.get("j"),
      "embedJobs.cancel": () => client.embedJobs.cancel("j"),
      "datasets.create": () => client.datasets.create({ name: "n", type: "embed-input" }, new Blob(["{}"])),
      "datasets.list": () => client.datasets.list(),
      "datasets.getUsage": () => client.datasets.getUsage(),
      "datasets.get": () => client.datasets.get("d"),
    };
    const missing: string[] = [];
    const pending: Array<PromiseLike<unknown>> = [];
    for (const [name, call] of Object.entries(calls)) {
      const p = call();
      pending.push(p);
      if (typeof (p as { withRawResponse?: unknown }).withRawResponse !== "function") missing.push(name);
      else pending.push((p as unknown as { withRawResponse: () => Promise<unknown> }).withRawResponse());
    }
    await Promise.allSettled(pending);
    expect(missing, "methods whose promise has no withRawResponse()").toStrictEqual([]);
  });

  test("awaiting the promise and calling withRawResponse() on it share one request", async () => {
    reply = (_req, res) => json(res, 200, { job_id: "j1" });
    const p = client.embedJobs.create({
      model: "m",
      datasetId: "d",
      inputType: "clustering",
    });
    const [data, raw] = await Promise.all([p, p.withRawResponse()]);
    expect(data).toStrictEqual({ jobId: "j1" });
    expect(raw.data).toBe(data);
    expect(server.requests).toHaveLength(1);
  });

  test("withRawResponse() rejects with the same error class", async () => {
    reply = (_req, res) => json(res, 404, { message: "nope" });
    await expect(client.datasets.get("x").withRawResponse()).rejects.toMatchObject({ name: "NotFoundError", statusCode: 404 });
    expect(urlOf(server.requests[0]!).pathname).toBe("/v1/datasets/x");
  });
});

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
