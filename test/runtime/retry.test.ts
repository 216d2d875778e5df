import { describe, expect, it } from "vitest";
import { backoffMs, isRetryableStatus, retryAfterMs, retryDelayMs, sleep } from "../../templates/runtime/retry.js";
import { AbortError } from "../../templates/runtime/errors.js";

const h = (init: Record<string, string>) => new Headers(init);

describe("retry policy", () => {
  it("retries 408, 409, 429 and 5xx only", () => {
    expect([408, 409, 429, 500, 502, 503, 504, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });

  it("backs off exponentially with 0.75..1 jitter, capped at 8 s", () => {
    expect(backoffMs(0, () => 0)).toBe(500);
    expect(backoffMs(0, () => 1)).toBe(375);
    expect(backoffMs(1, () => 0)).toBe(1000);
    expect(backoffMs(3, () => 0)).toBe(4000);
    expect(backoffMs(4, () => 0)).toBe(8000);
    expect(backoffMs(10, () => 0)).toBe(8000);
    for (let i = 0; i < 100; i++) {
      const d = backoffMs(2);
      expect(d).toBeGreaterThanOrEqual(1500);
      expect(d).toBeLessThanOrEqual(2000);
    }
  });

  it("parses Retry-After and retry-after-ms, capped at 60 s", () => {
    const now = Date.parse("2024-01-01T00:00:00Z");
    expect(retryAfterMs(h({ "retry-after": "0" }), now)).toBe(0);
    expect(retryAfterMs(h({ "retry-after": "2" }), now)).toBe(2000);
    expect(retryAfterMs(h({ "retry-after": "1.5" }), now)).toBe(1500);
    expect(retryAfterMs(h({ "retry-after": "Mon, 01 Jan 2024 00:00:30 GMT" }), now)).toBe(30_000);
    expect(retryAfterMs(h({ "retry-after": "Sun, 31 Dec 2023 23:00:00 GMT" }), now)).toBe(0);
    expect(retryAfterMs(h({ "retry-after": "61" }), now)).toBeUndefined();
    expect(retryAfterMs(h({ "retry-after": "60" }), now)).toBe(60_000);
    expect(retryAfterMs(h({ "retry-after": "garbage" }), now)).toBeUndefined();
    expect(retryAfterMs(h({ "retry-after": "-1" }), now)).toBeUndefined();
    expect(retryAfterMs(h({ "retry-after-ms": "250", "retry-after": "9" }), now)).toBe(250);
    expect(retryAfterMs(h({ "retry-after-ms": "0" }), now)).toBe(0);
    expect(retryAfterMs(h({ "retry-after-ms": "oops", "retry-after": "3" }), now)).toBe(3000);
    expect(retryAfterMs(h({ "retry-after-ms": "60001" }), now)).toBeUndefined();
    expect(retryAfterMs(h({}), now)).toBeUndefined();
  });

  it("uses the server's delay when usable, else the backoff", () => {
    expect(retryDelayMs(0, h({ "retry-after": "0" }))).toBe(0);
    expect(retryDelayMs(0, h({ "retry-after": "120" }))).toBeLessThanOrEqual(500);
    expect(retryDelayMs(1)).toBeGreaterThanOrEqual(750);
  });

  it("sleep resolves, is abortable, and clears its timer", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    const t0 = Date.now();
    await sleep(30);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);

    const ac = new AbortController();
    const p = sleep(10_000, ac.signal);
    expect(timers()).toBe(before + 1);
    ac.abort("why");
    const err = await p.catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(err.cause).toBe("why");
    expect(timers()).toBe(before);

    await expect(sleep(10_000, ac.signal)).rejects.toBeInstanceOf(AbortError); // already aborted
    expect(timers()).toBe(before);
  });
});
