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
  BadRequestError: () => BadRequestError,
  ClientClosedRequestError: () => ClientClosedRequestError,
  CohereAbortError: () => import_errors2.AbortError,
  CohereConnectionError: () => import_errors2.ConnectionError,
  CohereError: () => CohereError,
  CohereResponseError: () => import_errors2.ResponseError,
  CohereSdkError: () => import_errors2.SdkError,
  CohereTimeoutError: () => import_errors2.TimeoutError,
  ForbiddenError: () => ForbiddenError,
  GatewayTimeoutError: () => GatewayTimeoutError,
  InternalServerError: () => InternalServerError,
  InvalidTokenError: () => InvalidTokenError,
  NotFoundError: () => NotFoundError,
  NotImplementedError: () => NotImplementedError,
  ServiceUnavailableError: () => ServiceUnavailableError,
  TooManyRequestsError: () => TooManyRequestsError,
  UnauthorizedError: () => UnauthorizedError,
  UnprocessableEntityError: () => UnprocessableEntityError,
  errorTable: () => errorTable
});
module.exports = __toCommonJS(errors_exports);
var import_errors = require("./core/errors.js");
var import_errors2 = require("./core/errors.js");
class CohereError extends import_errors.ApiError {
  name = "CohereError";
}
class BadRequestError extends CohereError {
  name = "BadRequestError";
}
class UnauthorizedError extends CohereError {
  name = "UnauthorizedError";
}
class ForbiddenError extends CohereError {
  name = "ForbiddenError";
}
class NotFoundError extends CohereError {
  name = "NotFoundError";
}
class UnprocessableEntityError extends CohereError {
  name = "UnprocessableEntityError";
}
class TooManyRequestsError extends CohereError {
  name = "TooManyRequestsError";
}
class InvalidTokenError extends CohereError {
  name = "InvalidTokenError";
}
class ClientClosedRequestError extends CohereError {
  name = "ClientClosedRequestError";
}
class InternalServerError extends CohereError {
  name = "InternalServerError";
}
class NotImplementedError extends CohereError {
  name = "NotImplementedError";
}
class ServiceUnavailableError extends CohereError {
  name = "ServiceUnavailableError";
}
class GatewayTimeoutError extends CohereError {
  name = "GatewayTimeoutError";
}
const errorTable = {
  base: CohereError,
  byStatus: {
    "400": BadRequestError,
    "401": UnauthorizedError,
    "403": ForbiddenError,
    "404": NotFoundError,
    "422": UnprocessableEntityError,
    "429": TooManyRequestsError,
    "498": InvalidTokenError,
    "499": ClientClosedRequestError,
    "500": InternalServerError,
    "501": NotImplementedError,
    "503": ServiceUnavailableError,
    "504": GatewayTimeoutError
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BadRequestError,
  ClientClosedRequestError,
  CohereAbortError,
  CohereConnectionError,
  CohereError,
  CohereResponseError,
  CohereSdkError,
  CohereTimeoutError,
  ForbiddenError,
  GatewayTimeoutError,
  InternalServerError,
  InvalidTokenError,
  NotFoundError,
  NotImplementedError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
  errorTable
});
