import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ClientCore } from "../../templates/runtime/types.js";
import { ApiError } from "../../templates/runtime/errors.js";

/** What the test server saw for one request. */
export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  at: number;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, recorded: Recorded, index: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  port: number;
  requests: Recorded[];
  /** Sockets that were closed by the client before the response ended. */
  clientAborts: number;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 (random port) that records every request. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const state = { clientAborts: 0 };
  const requests: Recorded[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const rec: Recorded = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks), at: Date.now() };
    requests.push(rec);
    res.on("close", () => {
      if (!res.writableFinished) state.clientAborts++;
    });
    try {
      await handler(req, res, rec, requests.length - 1);
    } catch (e) {
      if (!res.headersSent) res.writeHead(599);
      res.end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    get clientAborts() {
      return state.clientAborts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends JSON. */
export function json(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

export const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A client core with sensible test defaults. */
export function makeCore(baseUrl: string, extra: Partial<ClientCore> = {}): ClientCore {
  return { baseUrl, headers: () => ({}), ...extra };
}

/** Generated-style error hierarchy. */
export class TestApiError extends ApiError {
  override readonly name: string = "TestApiError";
}
export class NotFoundError extends TestApiError {
  override readonly name: string = "NotFoundError";
  declare readonly body: { message: string; code?: string };
}
export class ClientSideError extends TestApiError {
  override readonly name: string = "ClientSideError";
}
export class ServerSideError extends TestApiError {
  override readonly name: string = "ServerSideError";
}
export class DefaultError extends TestApiError {
  override readonly name: string = "DefaultError";
}

export { dumpError, rejection } from "../helpers/errors.js";
