import { describe, expect, it } from "vitest";
import { buildUrl, encodePathParam, redactUrl, serializeHeaderValue, serializeQuery } from "../../templates/runtime/url.js";
import { SdkError } from "../../templates/runtime/errors.js";

const color = ["blue", "black", "brown"];
const rgb = { R: 100, G: 200, B: 150 };

describe("serializeQuery (OpenAPI 3 style table)", () => {
  it.each([
    ["form explode primitive", { value: "blue" }, "color=blue"],
    ["form explode array", { value: color }, "color=blue&color=black&color=brown"],
    ["form explode object", { value: rgb }, "R=100&G=200&B=150"],
    ["form array", { value: color, explode: false }, "color=blue,black,brown"],
    ["form object", { value: rgb, explode: false }, "color=R,100,G,200,B,150"],
    ["spaceDelimited array", { value: color, style: "spaceDelimited" }, "color=blue%20black%20brown"],
    ["spaceDelimited object", { value: rgb, style: "spaceDelimited" }, "color=R%20100%20G%20200%20B%20150"],
    ["spaceDelimited explode", { value: color, style: "spaceDelimited", explode: true }, "color=blue&color=black&color=brown"],
    ["pipeDelimited array", { value: color, style: "pipeDelimited" }, "color=blue|black|brown"],
    ["pipeDelimited object", { value: rgb, style: "pipeDelimited" }, "color=R|100|G|200|B|150"],
    ["deepObject", { value: rgb, style: "deepObject" }, "color[R]=100&color[G]=200&color[B]=150"],
    [
      "deepObject nested + arrays",
      { value: { a: { b: 1 }, c: [1, 2], d: undefined }, style: "deepObject" },
      "color[a][b]=1&color[c]=1&color[c]=2",
    ],
    ["empty array exploded", { value: [] }, ""],
    ["empty array not exploded", { value: [], explode: false }, "color="],
    ["null", { value: null }, "color="],
    ["undefined skipped", { value: undefined }, ""],
    ["booleans", { value: [true, false] }, "color=true&color=false"],
    ["Date", { value: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)) }, "color=2024-01-02T03%3A04%3A05.006Z"],
    ["encoding", { value: "a b&c=d/é?#" }, "color=a%20b%26c%3Dd%2F%C3%A9%3F%23"],
    ["allowReserved", { value: "a/b:c?d@e!$'()*+,;=&[] é#", allowReserved: true }, "color=a/b:c?d@e!$'()*+,;=&%5B%5D%20%C3%A9%23"],
    ["delimiters in values are encoded", { value: ["a,b", "c|d"], explode: false }, "color=a%2Cb,c%7Cd"],
    ["objects inside arrays as JSON", { value: [{ a: 1 }] }, "color=%7B%22a%22%3A1%7D"],
  ] as const)("%s", (_name, param, expected) => {
    expect(serializeQuery([{ name: "color", ...(param as object) } as never])).toBe(expected);
  });

  it("joins several parameters and encodes names", () => {
    expect(
      serializeQuery([
        { name: "a b", value: 1 },
        { name: "c", value: undefined },
        { name: "d", value: "x" },
      ]),
    ).toBe("a%20b=1&d=x");
  });
});

describe("encodePathParam (OpenAPI 3 style table)", () => {
  it.each([
    ["simple", "blue", "simple", false, "blue"],
    ["simple array", color, "simple", false, "blue,black,brown"],
    ["simple array explode", color, "simple", true, "blue,black,brown"],
    ["simple object", rgb, "simple", false, "R,100,G,200,B,150"],
    ["simple object explode", rgb, "simple", true, "R=100,G=200,B=150"],
    ["label", "blue", "label", false, ".blue"],
    ["label array", color, "label", false, ".blue,black,brown"],
    ["label array explode", color, "label", true, ".blue.black.brown"],
    ["label object", rgb, "label", false, ".R,100,G,200,B,150"],
    ["label object explode", rgb, "label", true, ".R=100.G=200.B=150"],
    ["matrix", "blue", "matrix", false, ";color=blue"],
    ["matrix empty", "", "matrix", false, ";color"],
    ["matrix array", color, "matrix", false, ";color=blue,black,brown"],
    ["matrix array explode", color, "matrix", true, ";color=blue;color=black;color=brown"],
    ["matrix object", rgb, "matrix", false, ";color=R,100,G,200,B,150"],
    ["matrix object explode", rgb, "matrix", true, ";R=100;G=200;B=150"],
  ] as const)("%s", (_n, value, style, explode, expected) => {
    expect(encodePathParam(value, style, explode, "color")).toBe(expected);
  });

  it("always percent-encodes, and refuses dot segments", () => {
    expect(encodePathParam("a/b c?d#e%f")).toBe("a%2Fb%20c%3Fd%23e%25f");
    expect(encodePathParam(42)).toBe("42");
    expect(encodePathParam(true)).toBe("true");
    expect(encodePathParam(new Date(Date.UTC(2024, 0, 1)))).toBe("2024-01-01T00%3A00%3A00.000Z");
    expect(encodePathParam("...")).toBe("...");
    expect(() => encodePathParam("..")).toThrow(SdkError);
    expect(() => encodePathParam(".")).toThrow(SdkError);
    expect(() => encodePathParam("..", "simple", false, "id")).toThrow('Path parameter "id" value ".." is not allowed');
  });

  it.each([
    ["an empty string", ""],
    ["undefined", undefined],
    ["null", null],
    ["an empty array", []],
    ["an empty object", {}],
    ["an array of empty strings", ["", ""]],
  ])("refuses %s in simple and label style (another route would be called), naming the parameter", (_n, value) => {
    expect(() => encodePathParam(value)).toThrow(new SdkError("Path parameter must not be empty"));
    expect(() => encodePathParam(value, "simple", true, "file_id")).toThrow('Path parameter "file_id" must not be empty');
    expect(() => encodePathParam(value, "label", false, "ext")).toThrow('Path parameter "ext" must not be empty');
    // matrix names the parameter, so an empty value keeps its place
    expect(encodePathParam(value, "matrix", false, "m")).toMatch(/^;m(=,)?$/);
  });
});

describe("serializeHeaderValue", () => {
  it("uses simple style without percent-encoding", () => {
    expect(serializeHeaderValue("a b")).toBe("a b");
    expect(serializeHeaderValue(undefined)).toBeUndefined();
    expect(serializeHeaderValue(null)).toBe("");
    expect(serializeHeaderValue(5)).toBe("5");
    expect(serializeHeaderValue(false)).toBe("false");
    expect(serializeHeaderValue(color)).toBe("blue,black,brown");
    expect(serializeHeaderValue(rgb)).toBe("R,100,G,200,B,150");
    expect(serializeHeaderValue(rgb, true)).toBe("R=100,G=200,B=150");
    expect(serializeHeaderValue(new Date(Date.UTC(2024, 0, 1)))).toBe("2024-01-01T00:00:00.000Z");
  });
});

describe("buildUrl / redactUrl", () => {
  it("joins base and path, appends the query, accepts absolute paths", () => {
    expect(buildUrl("https://api.x.com/", "/v1/a")).toBe("https://api.x.com/v1/a");
    expect(buildUrl("https://api.x.com/base//", "/v1/a", [{ name: "q", value: "1 2" }])).toBe("https://api.x.com/base/v1/a?q=1%202");
    expect(buildUrl("https://api.x.com", "/v1/a?x=1", [{ name: "q", value: 1 }])).toBe("https://api.x.com/v1/a?x=1&q=1");
    expect(buildUrl("https://api.x.com", "/v1", [{ name: "q", value: undefined }])).toBe("https://api.x.com/v1");
    expect(buildUrl("https://api.x.com", "https://other.x.com/next?page=2", [{ name: "k", value: "v" }])).toBe(
      "https://other.x.com/next?page=2&k=v",
    );
  });

  it("redacts secret query values and URL passwords", () => {
    const q = [
      { name: "api_key", value: "SECRET" },
      { name: "a", value: "b" },
    ];
    expect(buildUrl("https://api.x.com", "/v1", q, ["api_key"])).toBe("https://api.x.com/v1?api_key=***&a=b");
    expect(redactUrl("https://u:pw@h.x/p?token=T&x=1", ["token"])).toBe("https://u:***@h.x/p?token=***&x=1");
    expect(redactUrl("https://h.x/p?x=1", ["token"])).toBe("https://h.x/p?x=1");
    expect(() => redactUrl("not a url")).toThrow(TypeError);
  });
});

describe("lone surrogates (not Unicode: encodeURIComponent throws URIError on them)", () => {
  it("are sent as U+FFFD in query names and values, path parameters and reserved-allowed values", () => {
    expect(serializeQuery([{ name: "q\ud800", value: "a\udc00b" }])).toBe("q%EF%BF%BD=a%EF%BF%BDb");
    expect(serializeQuery([{ name: "r", value: "x\ud800/y", allowReserved: true }])).toBe("r=x%EF%BF%BD/y");
    expect(encodePathParam("id\ud800", "simple", false, "id")).toBe("id%EF%BF%BD");
    // A well-formed pair stays one character.
    expect(serializeQuery([{ name: "e", value: "😀" }])).toBe("e=%F0%9F%98%80");
  });
});
