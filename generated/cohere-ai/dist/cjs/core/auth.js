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
var auth_exports = {};
__export(auth_exports, {
  base64: () => base64,
  basicAuth: () => basicAuth,
  readEnv: () => readEnv,
  resolveSupplier: () => resolveSupplier
});
module.exports = __toCommonJS(auth_exports);
async function resolveSupplier(value) {
  return typeof value === "function" ? await value() : value;
}
function readEnv(name) {
  const g = globalThis;
  try {
    return (g.process?.env?.[name] ?? g.Deno?.env?.get(name))?.trim() || void 0;
  } catch {
    return void 0;
  }
}
function basicAuth(username, password) {
  return "Basic " + base64(`${username}:${password}`);
}
function base64(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  base64,
  basicAuth,
  readEnv,
  resolveSupplier
});
