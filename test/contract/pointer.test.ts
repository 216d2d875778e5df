/** generator/pointer.ts: the one JSON Pointer module every stage uses. */
import { describe, expect, it } from "vitest";
import { deref, escapePointer, joinPointer, resolvePointer, splitPointer, unescapePointer } from "../../generator/pointer.js";

describe("JSON pointer", () => {
  it("escapes and unescapes segments (RFC 6901: `~1` is decoded before `~0`)", () => {
    expect(escapePointer("/v1/embed-jobs/{id}")).toBe("~1v1~1embed-jobs~1{id}");
    expect(escapePointer("a~b")).toBe("a~0b");
    expect(escapePointer(3)).toBe("3");
    expect(unescapePointer("~01")).toBe("~1");
    expect(unescapePointer("~1v1~1x")).toBe("/v1/x");
    for (const s of ["~", "/", "~1", "~0/", "a/b~c", ""]) expect(unescapePointer(escapePointer(s))).toBe(s);
  });

  it("joins and splits, with or without a `#` fragment prefix", () => {
    const p = joinPointer("/paths", "/pets/{id}", "get");
    expect(p).toBe("/paths/~1pets~1{id}/get");
    expect(splitPointer(p)).toEqual(["paths", "/pets/{id}", "get"]);
    expect(splitPointer("#/components/schemas/a~1b")).toEqual(["components", "schemas", "a/b"]);
    expect(splitPointer("")).toEqual([]);
    expect(splitPointer("#")).toEqual([]);
    expect(splitPointer("/")).toEqual([""]);
  });

  it("resolves own properties, array indexes and `$ref` chains", () => {
    const doc = {
      components: { parameters: { a: { $ref: "#/components/parameters/b" }, b: { name: "id", in: "path" } } },
      list: ["x", "y"],
      "": { empty: true },
    };
    expect(resolvePointer(doc, "#/list/1")).toBe("y");
    expect(resolvePointer(doc, "/list/2")).toBeUndefined();
    expect(resolvePointer(doc, "/")).toEqual({ empty: true });
    expect(resolvePointer(doc, "#")).toBe(doc);
    expect(deref(doc, { $ref: "#/components/parameters/a" })).toEqual({ name: "id", in: "path" });
  });

  it("never walks into Object.prototype or Array.prototype", () => {
    const doc = { a: {}, list: [] as unknown[] };
    for (const p of [
      "/__proto__",
      "/constructor",
      "/a/constructor/prototype",
      "/a/toString",
      "/list/length",
      "/list/map",
      "/a/__proto__/hasOwnProperty",
    ])
      expect(resolvePointer(doc, p), p).toBeUndefined();
    expect(deref(doc, { $ref: "#/constructor" })).toBeUndefined();
    const own = JSON.parse('{"__proto__": {"x": 1}}');
    expect(resolvePointer(own, "/__proto__/x")).toBe(1);
  });

  it("a ref loop ends (32 hops at most)", () => {
    const doc = { a: { $ref: "#/b" }, b: { $ref: "#/a" } };
    expect(deref(doc, doc.a)).toHaveProperty("$ref");
  });
});
