/**
 * Local feeds (file:// URLs and absolute paths), as the offline example planet uses: read
 * with the same size limit, and the file's modification time standing in for Last-Modified
 * so an unchanged file is "not-modified".
 */
import { open } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import type { FetchOutcome, FetchState } from "../model.js";
import { emptyBase, failure } from "./outcome.js";
import { tooLargeReason } from "./read-body.js";

/** Reads the file at `path`; `asked` is the URL or path as the request gave it. */
export async function fetchFile(
  path: string,
  asked: string,
  state: FetchState | null,
  maxBytes: number,
): Promise<FetchOutcome> {
  const started = performance.now();
  const base = emptyBase(asked, pathToFileURL(path).href);
  const done = () => ({ ...base, elapsedMs: performance.now() - started });
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    return failure(done(), fileErrorReason(error, path));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return failure(done(), `not a file: ${path}`);
    const lastModified = info.mtime.toUTCString();
    // Last-Modified has whole seconds; the etag also catches edits within the same second.
    const etag = `"${info.mtimeMs.toString(36)}-${info.size.toString(36)}"`;
    if (isUnchanged(state, etag, lastModified)) {
      return { ...done(), etag, lastModified, kind: "not-modified" };
    }
    if (info.size > maxBytes) return failure(done(), tooLargeReason(maxBytes));
    const body = await handle.readFile();
    // The file may have grown since stat().
    if (body.length > maxBytes) return failure(done(), tooLargeReason(maxBytes));
    return { ...done(), etag, lastModified, kind: "ok", body, contentType: null };
  } catch (error) {
    return failure(done(), fileErrorReason(error, path));
  } finally {
    await handle.close();
  }
}

function isUnchanged(state: FetchState | null, etag: string, lastModified: string): boolean {
  if (state === null) return false;
  if (state.etag !== null) return state.etag === etag;
  return state.lastModified === lastModified;
}

function fileErrorReason(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `file not found: ${path}`;
  if (code === "EACCES" || code === "EPERM") return `permission denied: ${path}`;
  if (code === "EISDIR") return `not a file: ${path}`;
  return `cannot read ${path}: ${(error as Error).message}`;
}
