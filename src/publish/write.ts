/**
 * Checks on the files of a build (safe paths, whether a file is the same as before) and the
 * plain write of one.
 */
import { createHash } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, normalize, sep } from "node:path";

/** Rejects paths that would escape the build folder (a theme or a person id could try). */
export function isSafeSitePath(path: string): boolean {
  if (path === "" || path.startsWith("/") || path.includes("\0")) return false;
  const normal = normalize(path);
  return !normal.split(sep).includes("..");
}

function digest(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * True when the file at `previous` holds exactly `content`: it is then hard-linked rather than
 * written, so it keeps its mtime and web servers' caches (ETag, If-Modified-Since) stay valid.
 */
export async function sameAsPrevious(
  previous: string,
  content: string | Uint8Array,
): Promise<boolean> {
  try {
    const old = readFileSync(previous);
    return old.length === Buffer.byteLength(content) && digest(old) === digest(content);
  } catch {
    return false;
  }
}

/** Makes the folder of `file` unless `folders` says it was made already. */
function makeFolderOf(folders: Set<string>, file: string): void {
  const dir = dirname(file);
  if (folders.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  folders.add(dir);
}

/** A file of a build made as a hard link to the same file of another build. */
export interface FileLink {
  from: string;
  file: string;
}

/** Hard-links each of `links`, making folders; returns the files that could not be linked. */
export function linkEach(folders: Set<string>, links: readonly FileLink[]): string[] {
  const unlinked: string[] = [];
  for (const { from, file } of links) {
    try {
      makeFolderOf(folders, file);
      linkSync(from, file);
    } catch {
      unlinked.push(file);
    }
  }
  return unlinked;
}

/** Writes `file`, making its folder first. */
export function writeInFolder(
  folders: Set<string>,
  file: string,
  content: string | Uint8Array,
): void {
  makeFolderOf(folders, file);
  writeFileSync(file, content);
}
