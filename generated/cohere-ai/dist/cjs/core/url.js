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
var url_exports = {};
__export(url_exports, {
  buildUrl: () => buildUrl,
  encodeCookieValue: () => encodeCookieValue,
  encodePathParam: () => encodePathParam,
  redactUrl: () => redactUrl,
  serializeHeaderValue: () => serializeHeaderValue,
  serializeQuery: () => serializeQuery
});
module.exports = __toCommonJS(url_exports);
var import_errors = require("./errors.js");
const wellFormed = (s) => s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (c) => c.length === 2 ? c : "\uFFFD");
const enc = (s) => encodeURIComponent(wellFormed(s));
const encReserved = (s) => encodeURI(wellFormed(s)).replace(/#/g, "%23");
const isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
function str(v) {
  return v == null ? "" : v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
}
const entries = (v) => Object.entries(v).filter((e) => e[1] !== void 0);
function serializeQuery(params) {
  const out = [];
  const add = (key, value) => void out.push(key + "=" + value);
  for (const p of params) {
    const { value, style = "form" } = p;
    if (value === void 0) continue;
    const e = p.allowReserved ? encReserved : enc;
    const key = enc(p.name);
    const list = Array.isArray(value);
    if (style === "deepObject") deepObject(add, key, value, e);
    else if (list || isMap(value)) {
      const delim = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
      const pairs = list ? value.filter((v) => v !== void 0).map((v) => [key, e(str(v))]) : entries(value).map(([k, v]) => [enc(k), e(str(v))]);
      if (p.explode ?? style === "form") for (const [k, v] of pairs) add(k, v);
      else add(key, pairs.map(([k, v]) => list ? v : k + delim + v).join(delim));
    } else add(key, e(str(value)));
  }
  return out.join("&");
}
function deepObject(add, key, value, e) {
  if (isMap(value)) for (const [k, v] of entries(value)) deepObject(add, `${key}[${enc(k)}]`, v, e);
  else for (const v of Array.isArray(value) ? value : [value]) if (v !== void 0) add(key, e(str(v)));
}
function buildUrl(baseUrl, path, query, secretParams) {
  let url = /^[a-z][a-z\d+.-]*:\/\//i.test(path) ? path : baseUrl.replace(/\/+$/, "") + path;
  const qs = query ? serializeQuery(query) : "";
  if (qs) url += (url.includes("?") ? "&" : "?") + qs;
  return secretParams ? redactUrl(url, secretParams) : url;
}
function redactUrl(url, secretParams = []) {
  const u = new URL(url);
  let changed = false;
  if (u.password) {
    u.password = "***";
    changed = true;
  }
  for (const name of secretParams) {
    if (u.searchParams.has(name)) {
      u.searchParams.set(name, "***");
      changed = true;
    }
  }
  return changed ? u.href : url;
}
function encodePathParam(value, style = "simple", explode = false, name = "") {
  const map = isMap(value);
  const items = Array.isArray(value) ? value.map((v) => enc(str(v))) : map ? entries(value).map(([k, v]) => enc(k) + (explode ? "=" : ",") + enc(str(v))) : [enc(str(value))];
  if (style !== "matrix" && items.every((i) => i === ""))
    throw new import_errors.SdkError(`Path parameter ${name ? `"${name}" ` : ""}must not be empty`);
  const named = ";" + enc(name) + "=";
  const matrix = style === "matrix";
  let out = (style === "label" ? "." : matrix ? explode && map ? ";" : named : "") + items.join(!explode ? "," : style === "label" ? "." : matrix ? map ? ";" : named : ",");
  if (matrix && out.endsWith("=")) out = out.slice(0, -1);
  if (style === "simple" && (out === "." || out === "..")) {
    throw new import_errors.SdkError(`Path parameter ${name ? `"${name}" ` : ""}value "${out}" is not allowed`);
  }
  return out;
}
function encodeCookieValue(value) {
  return enc(serializeHeaderValue(value) ?? "");
}
function serializeHeaderValue(value, explode = false) {
  if (value === void 0) return void 0;
  if (Array.isArray(value)) return value.map(str).join(",");
  if (isMap(value))
    return entries(value).map(([k, v]) => k + (explode ? "=" : ",") + str(v)).join(",");
  return str(value);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildUrl,
  encodeCookieValue,
  encodePathParam,
  redactUrl,
  serializeHeaderValue,
  serializeQuery
});
