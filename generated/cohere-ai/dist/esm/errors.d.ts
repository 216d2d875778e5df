import { ApiError as _ApiError } from "./core/errors.js";
import type { ErrorTable } from "./core/types.js";
/** An error response from the API (any non-2xx status). Carries `statusCode`, the parsed `body`, the `rawResponse` (headers) and the `requestId` when the server sends one. Statuses the API declares have their own subclasses. */
export declare class CohereError extends _ApiError {
    readonly name: string;
}
/**
 * HTTP 400: This error is returned when the request is not well formed. This could be because:
 * - JSON is invalid
 * - The request is missing required fields
 * - The request contains an invalid combination of fields
 */
export declare class BadRequestError extends CohereError {
    readonly name: string;
}
/**
 * HTTP 401: This error indicates that the operation attempted to be performed is not allowed. This could be because:
 * - The api token is invalid
 * - The user does not have the necessary permissions
 */
export declare class UnauthorizedError extends CohereError {
    readonly name: string;
}
/**
 * HTTP 403: This error indicates that the operation attempted to be performed is not allowed. This could be because:
 * - The api token is invalid
 * - The user does not have the necessary permissions
 */
export declare class ForbiddenError extends CohereError {
    readonly name: string;
}
/**
 * HTTP 404: This error is returned when a resource is not found. This could be because:
 * - The endpoint does not exist
 * - The resource does not exist eg model id, dataset id
 */
export declare class NotFoundError extends CohereError {
    readonly name: string;
}
/**
 * HTTP 422: This error is returned when the request is not well formed. This could be because:
 * - JSON is invalid
 * - The request is missing required fields
 * - The request contains an invalid combination of fields
 */
export declare class UnprocessableEntityError extends CohereError {
    readonly name: string;
}
/** HTTP 429: Too many requests */
export declare class TooManyRequestsError extends CohereError {
    readonly name: string;
}
/** HTTP 498: This error is returned when a request or response contains a deny-listed token. */
export declare class InvalidTokenError extends CohereError {
    readonly name: string;
}
/** HTTP 499: This error is returned when a request is cancelled by the user. */
export declare class ClientClosedRequestError extends CohereError {
    readonly name: string;
}
/** HTTP 500: This error is returned when an uncategorised internal server error occurs. */
export declare class InternalServerError extends CohereError {
    readonly name: string;
}
/** HTTP 501: This error is returned when the requested feature is not implemented. */
export declare class NotImplementedError extends CohereError {
    readonly name: string;
}
/**
 * HTTP 503: This error is returned when the service is unavailable. This could be due to:
 * - Too many users trying to access the service at the same time
 */
export declare class ServiceUnavailableError extends CohereError {
    readonly name: string;
}
/**
 * HTTP 504: This error is returned when a request to the server times out. This could be due to:
 * - An internal services taking too long to respond
 */
export declare class GatewayTimeoutError extends CohereError {
    readonly name: string;
}
/** Which class the runtime throws for a status: exact status, then range (4XX), then `default`, then the base class. */
export declare const errorTable: ErrorTable;
export { SdkError as CohereSdkError, TimeoutError as CohereTimeoutError, ConnectionError as CohereConnectionError, AbortError as CohereAbortError, ResponseError as CohereResponseError, } from "./core/errors.js";
