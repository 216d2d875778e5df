"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var file_exports = {};
__export(file_exports, {
  resolveFile: () => resolveFile
});
module.exports = __toCommonJS(file_exports);
async function resolveFile(input) {
  const x = input;
  if (isWrapper(x)) {
    const inner = await resolveFile(x.data);
    return { blob: inner.blob, filename: x.filename ?? inner.filename, contentType: x.contentType };
  }
  if (typeof Blob !== "undefined" && x instanceof Blob) {
    const name = x.name;
    return { blob: x, filename: typeof name === "string" && name ? name : void 0 };
  }
  if (x instanceof ArrayBuffer || ArrayBuffer.isView(x)) return { blob: new Blob([x]) };
  if (typeof x.getReader === "function") return { blob: await new Response(x).blob() };
  if (typeof x[Symbol.asyncIterator] === "function") {
    const chunks = [];
    for await (const chunk of x) chunks.push(chunk);
    const path = x.path;
    return {
      blob: new Blob(chunks),
      filename: typeof path === "string" ? path.split(/[\\/]/).pop() || void 0 : void 0
    };
  }
  throw new TypeError("Unsupported file input: expected a Blob, bytes, a stream or { data }");
}
function isWrapper(x) {
  return typeof x === "object" && x !== null && "data" in x && typeof x.getReader !== "function" && typeof x[Symbol.asyncIterator] !== "function" && !(typeof Blob !== "undefined" && x instanceof Blob);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  resolveFile
});
