"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
Object.defineProperty(exports, "__esModule", { value: true });
exports.CohereResponseError = exports.CohereAbortError = exports.CohereConnectionError = exports.CohereTimeoutError = exports.CohereSdkError = exports.errorTable = exports.GatewayTimeoutError = exports.ServiceUnavailableError = exports.NotImplementedError = exports.InternalServerError = exports.ClientClosedRequestError = exports.InvalidTokenError = exports.TooManyRequestsError = exports.UnprocessableEntityError = exports.NotFoundError = exports.ForbiddenError = exports.UnauthorizedError = exports.BadRequestError = exports.CohereError = void 0;
const errors_js_1 = require("./core/errors.js");
/** An error response from the API (any non-2xx status). Carries `statusCode`, the parsed `body`, the `rawResponse` (headers) and the `requestId` when the server sends one. Statuses the API declares have their own subclasses. */
class CohereError extends errors_js_1.ApiError {
    name = "CohereError";
}
exports.CohereError = CohereError;
/** HTTP 400: This error is returned when the request is not well formed. This could be because: */
class BadRequestError extends CohereError {
    name = "BadRequestError";
}
exports.BadRequestError = BadRequestError;
/** HTTP 401: This error indicates that the operation attempted to be performed is not allowed. This could be because: */
class UnauthorizedError extends CohereError {
    name = "UnauthorizedError";
}
exports.UnauthorizedError = UnauthorizedError;
/** HTTP 403: This error indicates that the operation attempted to be performed is not allowed. This could be because: */
class ForbiddenError extends CohereError {
    name = "ForbiddenError";
}
exports.ForbiddenError = ForbiddenError;
/** HTTP 404: This error is returned when a resource is not found. This could be because: */
class NotFoundError extends CohereError {
    name = "NotFoundError";
}
exports.NotFoundError = NotFoundError;
/** HTTP 422: This error is returned when the request is not well formed. This could be because: */
class UnprocessableEntityError extends CohereError {
    name = "UnprocessableEntityError";
}
exports.UnprocessableEntityError = UnprocessableEntityError;
/** HTTP 429: Too many requests */
class TooManyRequestsError extends CohereError {
    name = "TooManyRequestsError";
}
exports.TooManyRequestsError = TooManyRequestsError;
/** HTTP 498: This error is returned when a request or response contains a deny-listed token. */
class InvalidTokenError extends CohereError {
    name = "InvalidTokenError";
}
exports.InvalidTokenError = InvalidTokenError;
/** HTTP 499: This error is returned when a request is cancelled by the user. */
class ClientClosedRequestError extends CohereError {
    name = "ClientClosedRequestError";
}
exports.ClientClosedRequestError = ClientClosedRequestError;
/** HTTP 500: This error is returned when an uncategorised internal server error occurs. */
class InternalServerError extends CohereError {
    name = "InternalServerError";
}
exports.InternalServerError = InternalServerError;
/** HTTP 501: This error is returned when the requested feature is not implemented. */
class NotImplementedError extends CohereError {
    name = "NotImplementedError";
}
exports.NotImplementedError = NotImplementedError;
/** HTTP 503: This error is returned when the service is unavailable. This could be due to: */
class ServiceUnavailableError extends CohereError {
    name = "ServiceUnavailableError";
}
exports.ServiceUnavailableError = ServiceUnavailableError;
/** HTTP 504: This error is returned when a request to the server times out. This could be due to: */
class GatewayTimeoutError extends CohereError {
    name = "GatewayTimeoutError";
}
exports.GatewayTimeoutError = GatewayTimeoutError;
/** Which class the runtime throws for a status: exact status, then range (4XX), then `default`, then the base class. */
exports.errorTable = {
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
        "504": GatewayTimeoutError,
    },
};
var errors_js_2 = require("./core/errors.js");
Object.defineProperty(exports, "CohereSdkError", { enumerable: true, get: function () { return errors_js_2.SdkError; } });
Object.defineProperty(exports, "CohereTimeoutError", { enumerable: true, get: function () { return errors_js_2.TimeoutError; } });
Object.defineProperty(exports, "CohereConnectionError", { enumerable: true, get: function () { return errors_js_2.ConnectionError; } });
Object.defineProperty(exports, "CohereAbortError", { enumerable: true, get: function () { return errors_js_2.AbortError; } });
Object.defineProperty(exports, "CohereResponseError", { enumerable: true, get: function () { return errors_js_2.ResponseError; } });
