/** Writes a site's files into a fresh build folder, reusing unchanged files of the current build. */
import { createHash } from "node:crypto";
import { link, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, normalize, sep } from "node:path";
import type { SiteFile } from "../model.js";

/** Rejects paths that would escape the build folder (a theme or a person id could try). */
export function isSafeSitePath(path: string): boolean {
  if (path === "" || path.startsWith("/") || path.includes("\0")) return false;
  const normal = normalize(path);
  return !normal.split(sep).includes("..");
}

function digest(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

async function sameAsPrevious(previous: string, content: string | Uint8Array): Promise<boolean> {
  try {
    const old = await readFile(previous);
    return old.length === Buffer.byteLength(content) && digest(old) === digest(content);
  } catch {
    return false;
  }
}

/**
 * Writes `files` under `build`. A file identical to the one in `previousBuild` is hard-linked
 * rather than written, so it keeps its mtime and web servers' caches (ETag, If-Modified-Since)
 * stay valid. Returns how many files were new or changed.
 */
export async function writeBuild(
  build: string,
  files: SiteFile[],
  previousBuild: string | null,
): Promise<{ written: number; unchanged: number }> {
  let written = 0;
  let unchanged = 0;
  const madeDirs = new Set<string>();
  for (const file of files) {
    if (!isSafeSitePath(file.path)) throw new Error(`unsafe path in site: ${file.path}`);
    const target = join(build, file.path);
    const dir = dirname(target);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    const previous = previousBuild === null ? null : join(previousBuild, file.path);
    if (previous !== null && (await sameAsPrevious(previous, file.content))) {
      try {
        await link(previous, target);
        unchanged++;
        continue;
      } catch {
        // Another file system or no hard links: fall through and write a copy.
      }
    }
    await writeFile(target, file.content);
    written++;
  }
  return { written, unchanged };
}
