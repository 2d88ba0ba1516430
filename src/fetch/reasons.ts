/** Plain-words reasons for what went wrong, for people reading a planet's health page. */
import { STATUS_CODES } from "node:http";
import { REFUSED_CODE } from "./private-address.js";

/** "15 MiB", "512 KiB", "300 bytes". */
export function formatBytes(bytes: number): string {
  const units: Array<[string, number]> = [
    ["GiB", 1024 ** 3],
    ["MiB", 1024 ** 2],
    ["KiB", 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** "20 s", "0.3 s". */
export function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(2))} s`;
}

/** "HTTP 404 Not Found". */
export function httpStatusReason(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

/** Where a request was when it failed, for timeout messages. */
export type Phase = "connecting" | "headers" | "body";

const PHASE_WORDS: Record<Phase, string> = {
  connecting: "connecting",
  headers: "waiting for response headers",
  body: "reading the body",
};

/** "timed out after 20 s waiting for response headers". */
export function timeoutReason(seconds: number, phase: Phase): string {
  return `timed out after ${formatSeconds(seconds)} ${PHASE_WORDS[phase]}`;
}

interface ErrorInfo {
  code: string | null;
  message: string;
  address: string | null;
  port: number | null;
}

/** The most specific code in an error's cause chain (undici wraps Node's socket errors). */
function errorInfo(error: unknown): ErrorInfo {
  let current: unknown = error;
  const info: ErrorInfo = { code: null, message: String(error), address: null, port: null };
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const e = current as NodeJS.ErrnoException & { address?: string; port?: number };
    if (typeof e.code === "string") {
      info.code = e.code;
      info.message = e.message;
      info.address = e.address ?? info.address;
      info.port = e.port ?? info.port;
    } else if (info.code === null) {
      info.message = e.message;
    }
    current = e.cause;
  }
  return info;
}

/** Where the request went, for messages: "127.0.0.1:4000". */
export interface Target {
  hostname: string;
  port: string;
}

/** zlib's codes, and Brotli's decoder errors ("ERR__ERROR_FORMAT_PADDING_1", ...). */
const DECOMPRESS_CODE = /^(Z_|ERR_BROTLI|ERR__ERROR_)/;
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|HOSTNAME_)/;

/** Turns a network, TLS or stream error into a sentence. */
export function networkErrorReason(error: unknown, target: Target, timeoutSeconds: number): string {
  const { code, message, address, port } = errorInfo(error);
  const where = `${address ?? target.hostname}:${port ?? target.port}`;
  switch (code) {
    case REFUSED_CODE:
      return message;
    case "ENOTFOUND":
      return `DNS lookup failed for ${target.hostname}: no such host`;
    case "EAI_AGAIN":
      return `DNS lookup failed for ${target.hostname}: temporary failure, try again later`;
    case "ECONNREFUSED":
      return `connection refused by ${where}`;
    case "ECONNRESET":
      return `connection reset by ${where}`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `cannot reach ${where}: no route to host (${code})`;
    case "ETIMEDOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return `${timeoutReason(Math.min(timeoutSeconds, 10), "connecting")} to ${target.hostname}`;
    case "UND_ERR_HEADERS_TIMEOUT":
      return timeoutReason(timeoutSeconds, "headers");
    case "UND_ERR_BODY_TIMEOUT":
      return timeoutReason(timeoutSeconds, "body");
    case "UND_ERR_SOCKET":
    case "ERR_STREAM_PREMATURE_CLOSE":
    case "UND_ERR_RES_CONTENT_LENGTH_MISMATCH":
      return `connection closed by ${where} before the response was complete`;
  }
  if (code !== null && DECOMPRESS_CODE.test(code)) {
    return `could not decompress the response: ${message}`;
  }
  if (code !== null && TLS_CODE.test(code)) return `TLS error: ${message} (${code})`;
  if (code?.startsWith("HPE_")) return `invalid HTTP response from ${where}: ${message}`;
  return code ? `request failed: ${message} (${code})` : `request failed: ${message}`;
}
