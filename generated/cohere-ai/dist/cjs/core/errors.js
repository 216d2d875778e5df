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
var errors_exports = {};
__export(errors_exports, {
  AbortError: () => AbortError,
  ApiError: () => ApiError,
  ConnectionError: () => ConnectionError,
  ResponseError: () => ResponseError,
  SdkError: () => SdkError,
  TimeoutError: () => TimeoutError
});
module.exports = __toCommonJS(errors_exports);
class SdkError extends Error {
  name = "SdkError";
}
class ApiError extends SdkError {
  name = "ApiError";
  /** @param init - Status, body and raw response; the message is derived unless given. */
  constructor(init) {
    const { statusCode, rawResponse, requestId, body } = init;
    const text = excerpt(body);
    super(
      init.message ?? `Status ${statusCode}${rawResponse.statusText ? " " + rawResponse.statusText : ""}` + (requestId ? ` (request id ${requestId})` : "") + (text ? ": " + text : "")
    );
    Object.assign(this, { statusCode, body, rawResponse, requestId });
  }
}
class TimeoutError extends SdkError {
  name = "TimeoutError";
}
class ConnectionError extends SdkError {
  name = "ConnectionError";
}
class AbortError extends SdkError {
  name = "AbortError";
  /** @param message - Defaults to "Request aborted". @param options - `cause`: the signal's reason. */
  constructor(message = "Request aborted", options) {
    super(message, options);
  }
}
class ResponseError extends SdkError {
  name = "ResponseError";
  /** @param init - The response facts (and the parse error as `cause`); the message is derived unless given. */
  constructor(init) {
    const { statusCode, rawText, rawResponse } = init;
    super(
      init.message ?? (rawText.trim() ? `Malformed JSON in ${statusCode} response: ${excerpt(rawText)}` : `Empty body in ${statusCode} response`),
      init
      // ErrorOptions: sets `cause` only when `init` has one
    );
    Object.assign(this, { statusCode, rawText, rawResponse });
  }
}
function excerpt(body) {
  let text = "";
  try {
    text = (typeof body === "string" ? body : JSON.stringify(body)) ?? "";
  } catch {
  }
  text = text.slice(0, 400).replace(/\s+/g, " ").trim();
  return text.length > 200 ? text.slice(0, 200) + "\u2026" : text;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AbortError,
  ApiError,
  ConnectionError,
  ResponseError,
  SdkError,
  TimeoutError
});
