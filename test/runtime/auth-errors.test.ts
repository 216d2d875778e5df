import { describe, expect, it } from "vitest";
import { base64, basicAuth, readEnv, resolveSupplier } from "../../templates/runtime/auth.js";
import { AbortError, ApiError, ConnectionError, ResponseError, SdkError, TimeoutError } from "../../templates/runtime/errors.js";
import type { RawResponse } from "../../templates/runtime/types.js";

const raw = (status: number, statusText = ""): RawResponse => ({ status, statusText, headers: new Headers(), url: "https://x/" });

describe("auth helpers", () => {
  it("resolveSupplier accepts values, sync and async suppliers", async () => {
    expect(await resolveSupplier("tok")).toBe("tok");
    expect(await resolveSupplier(() => "sync")).toBe("sync");
    expect(await resolveSupplier(async () => "async")).toBe("async");
    await expect(resolveSupplier<string>(() => Promise.reject(new Error("refresh failed")))).rejects.toThrow("refresh failed");
  });

  it("readEnv reads process.env, trims, treats blank as unset, and never throws without process", () => {
    process.env.RT_TEST_VAR = "  value ";
    process.env.RT_BLANK = " ";
    expect(readEnv("RT_TEST_VAR")).toBe("value");
    expect(readEnv("RT_BLANK")).toBeUndefined();
    expect(readEnv("RT_MISSING_VAR")).toBeUndefined();

    const g = globalThis as any;
    const saved = g.process;
    try {
      g.process = undefined; // browser-like
      expect(readEnv("RT_TEST_VAR")).toBeUndefined();
      g.Deno = {
        env: {
          get: () => {
            throw new Error("PermissionDenied");
          },
        },
      }; // Deno without --allow-env
      expect(readEnv("RT_TEST_VAR")).toBeUndefined();
      g.Deno = { env: { get: (n: string) => (n === "X" ? "deno" : undefined) } };
      expect(readEnv("X")).toBe("deno");
    } finally {
      g.process = saved;
      delete g.Deno;
    }
  });

  it("basicAuth encodes UTF-8 without Buffer", () => {
    expect(basicAuth("Aladdin", "open sesame")).toBe("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    expect(basicAuth("usér", "pässwörd✓")).toBe("Basic " + Buffer.from("usér:pässwörd✓", "utf8").toString("base64"));
    expect(base64("")).toBe("");
  });
});

describe("error classes", () => {
  class MyApiError extends ApiError {
    override readonly name: string = "MyApiError";
  }
  class NotFound extends MyApiError {
    override readonly name: string = "NotFound";
  }

  it("generated subclasses keep instanceof chains, names and messages", () => {
    const e = new NotFound({ statusCode: 404, body: { message: "gone" }, rawResponse: raw(404, "Not Found"), requestId: "abc" });
    expect(e).toBeInstanceOf(NotFound);
    expect(e).toBeInstanceOf(MyApiError);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toBeInstanceOf(SdkError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("NotFound");
    expect(e.message).toBe('Status 404 Not Found (request id abc): {"message":"gone"}');
    expect(String(e)).toBe('NotFound: Status 404 Not Found (request id abc): {"message":"gone"}');
    expect(e.stack).toContain("NotFound");
    expect(new MyApiError({ statusCode: 500, body: undefined, rawResponse: raw(500) }).message).toBe("Status 500");
    expect(new MyApiError({ message: "custom", statusCode: 500, body: 1, rawResponse: raw(500) }).message).toBe("custom");
  });

  it("long bodies are shortened in messages, but kept whole in body", () => {
    const body = "x".repeat(5000);
    const e = new ApiError({ statusCode: 500, body, rawResponse: raw(500) });
    expect(e.message.length).toBeLessThan(260);
    expect(e.body).toBe(body);
    const cyclic: any = {};
    cyclic.self = cyclic;
    expect(new ApiError({ statusCode: 500, body: cyclic, rawResponse: raw(500) }).message).toBe("Status 500");
  });

  it("other SDK errors carry names and causes", () => {
    const cause = new Error("socket hang up");
    const c = new ConnectionError("failed", { cause });
    expect(c.cause).toBe(cause);
    expect(c.name).toBe("ConnectionError");
    expect(new TimeoutError("t").name).toBe("TimeoutError");
    expect(new AbortError().message).toBe("Request aborted");
    expect(new SdkError("x")).not.toHaveProperty("cause");
    const r = new ResponseError({ statusCode: 200, rawText: "{bad", rawResponse: raw(200) });
    expect(r.name).toBe("ResponseError");
    expect(r.message).toBe("Malformed JSON in 200 response: {bad");
    expect(r.rawText).toBe("{bad");
    for (const e of [c, r, new TimeoutError("t"), new AbortError()]) expect(e).toBeInstanceOf(SdkError);
  });
});
