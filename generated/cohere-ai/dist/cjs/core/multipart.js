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
var multipart_exports = {};
__export(multipart_exports, {
  guessContentType: () => guessContentType,
  toFormData: () => toFormData
});
module.exports = __toCommonJS(multipart_exports);
var import_file = require("./file.js");
const TYPES = {
  json: "application/json",
  jsonl: "application/jsonl",
  ndjson: "application/x-ndjson",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  txt: "text/plain",
  md: "text/markdown",
  html: "text/html",
  xml: "application/xml",
  pdf: "application/pdf",
  parquet: "application/vnd.apache.parquet",
  zip: "application/zip",
  gz: "application/gzip",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  mp4: "video/mp4"
};
function guessContentType(filename) {
  const dot = filename.lastIndexOf(".");
  return dot < 0 ? void 0 : TYPES[filename.slice(dot + 1).toLowerCase()];
}
async function toFormData(parts) {
  const form = new FormData();
  for (const part of parts) {
    const { name, value } = part;
    if (value == null) continue;
    const declared = part.contentType && !/[*,]/.test(part.contentType) ? part.contentType : void 0;
    if (part.kind === "file" || part.kind === "files") {
      const files = part.kind === "files" ? part.value : [part.value];
      for (const input of files) {
        if (input == null) continue;
        const file = await (0, import_file.resolveFile)(input);
        const filename = file.filename || name || "blob";
        const type = file.contentType || declared || file.blob.type || guessContentType(filename) || "application/octet-stream";
        form.append(name, file.blob.type === type ? file.blob : new Blob([file.blob], { type }), filename);
      }
    } else if (part.kind === "json") {
      form.append(name, new Blob([JSON.stringify(value)], { type: declared ?? "application/json" }));
    } else {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item == null) continue;
        form.append(
          name,
          item instanceof Date ? item.toISOString() : typeof item === "object" ? JSON.stringify(item) : String(item)
        );
      }
    }
  }
  return form;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  guessContentType,
  toFormData
});
