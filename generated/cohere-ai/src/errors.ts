// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.

import { ApiError as _ApiError } from "./core/errors.js";
import type { ErrorTable } from "./core/types.js";

/** An error response from the API (any non-2xx status). Carries `statusCode`, the parsed `body`, the `rawResponse` (headers) and the `requestId` when the server sends one. Statuses the API declares have their own subclasses. */
export class CohereError extends _ApiError {
  override readonly name: string = "CohereError";
}

/**
 * HTTP 400: This error is returned when the request is not well formed. This could be because:
 * - JSON is invalid
 * - The request is missing required fields
 * - The request contains an invalid combination of fields
 */
export class BadRequestError extends CohereError {
  override readonly name: string = "BadRequestError";
}

/**
 * HTTP 401: This error indicates that the operation attempted to be performed is not allowed. This could be because:
 * - The api token is invalid
 * - The user does not have the necessary permissions
 */
export class UnauthorizedError extends CohereError {
  override readonly name: string = "UnauthorizedError";
}

/**
 * HTTP 403: This error indicates that the operation attempted to be performed is not allowed. This could be because:
 * - The api token is invalid
 * - The user does not have the necessary permissions
 */
export class ForbiddenError extends CohereError {
  override readonly name: string = "ForbiddenError";
}

/**
 * HTTP 404: This error is returned when a resource is not found. This could be because:
 * - The endpoint does not exist
 * - The resource does not exist eg model id, dataset id
 */
export class NotFoundError extends CohereError {
  override readonly name: string = "NotFoundError";
}

/**
 * HTTP 422: This error is returned when the request is not well formed. This could be because:
 * - JSON is invalid
 * - The request is missing required fields
 * - The request contains an invalid combination of fields
 */
export class UnprocessableEntityError extends CohereError {
  override readonly name: string = "UnprocessableEntityError";
}

/** HTTP 429: Too many requests */
export class TooManyRequestsError extends CohereError {
  override readonly name: string = "TooManyRequestsError";
}

/** HTTP 498: This error is returned when a request or response contains a deny-listed token. */
export class InvalidTokenError extends CohereError {
  override readonly name: string = "InvalidTokenError";
}

/** HTTP 499: This error is returned when a request is cancelled by the user. */
export class ClientClosedRequestError extends CohereError {
  override readonly name: string = "ClientClosedRequestError";
}

/** HTTP 500: This error is returned when an uncategorised internal server error occurs. */
export class InternalServerError extends CohereError {
  override readonly name: string = "InternalServerError";
}

/** HTTP 501: This error is returned when the requested feature is not implemented. */
export class NotImplementedError extends CohereError {
  override readonly name: string = "NotImplementedError";
}

/**
 * HTTP 503: This error is returned when the service is unavailable. This could be due to:
 * - Too many users trying to access the service at the same time
 */
export class ServiceUnavailableError extends CohereError {
  override readonly name: string = "ServiceUnavailableError";
}

/**
 * HTTP 504: This error is returned when a request to the server times out. This could be due to:
 * - An internal services taking too long to respond
 */
export class GatewayTimeoutError extends CohereError {
  override readonly name: string = "GatewayTimeoutError";
}

/** Which class the runtime throws for a status: exact status, then range (4XX), then `default`, then the base class. */
export const errorTable: ErrorTable = {
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

export {
  SdkError as CohereSdkError,
  TimeoutError as CohereTimeoutError,
  ConnectionError as CohereConnectionError,
  AbortError as CohereAbortError,
  ResponseError as CohereResponseError,
} from "./core/errors.js";
