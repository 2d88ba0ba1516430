/**
 * Writing a site one file at a time into a build folder (fresh, or reused from the build before
 * last: see recycle.ts), then swapping it in whole. Each build leaves beside it the keys its
 * files were made from, so the next build can keep a file whose key is unchanged instead of
 * making it again.
 */
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import {
  type BuildFiles,
  keysFile,
  linkedCopy,
  readKeys,
  recycleBuild,
  removeLeftovers,
  vacate,
  writeKeys,
} from "./recycle.js";
import { currentBuild, ensureBuildsDir, pruneBuilds, swapIn } from "./swap.js";
import { isSafeSitePath, linkEach, sameAsPrevious } from "./write.js";
import { writeQueue } from "./write-queue.js";

export interface PublishSummary {
  /** The folder the output now points to. */
  build: string;
  written: number;
  unchanged: number;
}

export type PublishResult = { ok: true; summary: PublishSummary } | { ok: false; error: string };

/** A site being written; nothing is visible to readers until `commit`. */
export interface SiteWriter {
  /**
   * Links `path` from the previous build when that build made it from the same `key`; false
   * when it did not (or the file is gone), and the caller makes the file.
   */
  keep(path: string, key: string): Promise<boolean>;
  /**
   * Writes `path` (linked instead when the previous build has the same bytes); records `key`.
   * `handOver`: the bytes are the writer's from now on (they may move to another thread, and
   * the caller's view of them be emptied), which saves copying them.
   */
  write(
    path: string,
    content: string | Uint8Array,
    key: string | null,
    handOver?: boolean,
  ): Promise<void>;
  /** Publishes what was written as the whole site, atomically. */
  commit(): Promise<PublishResult>;
  /** Drops what was written; the previous site stays as it was. */
  abort(): Promise<void>;
}

/** Starts a new build of the site at `output`. */
export async function openSite(output: string): Promise<SiteWriter> {
  const buildsDir = await ensureBuildsDir(output);
  const id = new Date().toISOString().replace(/[-:.]/g, "").replace("T", "-");
  const staging = join(buildsDir, `${id}-${process.pid}.partial`);
  const build = join(buildsDir, `${id}-${process.pid}`);
  const previous = await currentBuild(output);
  const listed = previous === null ? null : await readKeys(previous);
  const previousKeys = listed?.files ?? new Map();
  const keys: BuildFiles = new Map();
  const madeDirs = new Set<string>();
  const writes = writeQueue();
  let written = 0;
  let unchanged = 0;
  const recycled = await recycleBuild(buildsDir, previous, staging);
  // With no build before last (the first rebuild after a full one), the live build is linked
  // into the staging folder instead, on the writer thread while this build lists and plans.
  const reusing: Promise<BuildFiles> =
    recycled === null && previous !== null && listed?.complete
      ? linkedCopy(previous, previousKeys, staging, (links) => writes.link(links))
      : Promise.resolve(recycled ?? new Map());
  // Awaited by every file (at once, once settled); the catch only keeps an early failure from
  // going unobserved.
  reusing.catch(() => {});

  function target(path: string, reused: BuildFiles): string {
    if (!isSafeSitePath(path)) throw new Error(`unsafe path in site: ${path}`);
    const file = join(staging, path);
    // A reused folder may hold an older file here: it goes, it is never written into.
    if (reused.has(path)) vacate(file);
    return file;
  }

  // Links are made here, synchronously, folder first (the write queue makes its own files'
  // folders). Another file system or no hard links: the caller writes a copy instead.
  function linkPrevious(path: string, file: string): boolean {
    if (previous === null) return false;
    if (linkEach(madeDirs, [{ from: join(previous, path), file }]).length > 0) return false;
    unchanged++;
    return true;
  }

  return {
    async keep(path, key) {
      const reused = await reusing;
      // Only a key the live site has too: a page that went back to an older state gets a new
      // mtime, or web caches holding the newer state would never ask again.
      if (previousKeys.get(path) !== key) return false;
      if (reused.get(path) === key) {
        // Made from the same key in the reused folder: the same bytes, already in place.
        keys.set(path, key);
        unchanged++;
        return true;
      }
      const kept = linkPrevious(path, target(path, reused));
      if (kept) keys.set(path, key);
      return kept;
    },
    async write(path, content, key, handOver = false) {
      const file = target(path, await reusing);
      keys.set(path, key);
      const same = previous !== null && (await sameAsPrevious(join(previous, path), content));
      if (same && linkPrevious(path, file)) return;
      await writes.add(file, content, handOver);
      written++;
    },
    async commit() {
      try {
        const reused = await reusing;
        await writes.settle();
        removeLeftovers(staging, reused, keys);
        await writeKeys(build, keys);
        await rename(staging, build);
        await swapIn(output, build);
        const keep = [build, ...(previous === null ? [] : [previous])];
        await pruneBuilds(
          output,
          keep.flatMap((path) => [path, keysFile(path)]),
        );
        return { ok: true, summary: { build, written, unchanged } };
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        await rm(keysFile(build), { force: true });
        return { ok: false, error: `could not publish the site to ${output}: ${describe(error)}` };
      }
    },
    async abort() {
      await reusing.catch(() => {});
      await writes.settle().catch(() => {});
      await rm(staging, { recursive: true, force: true });
    },
  };
}

/** An error in plain words. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
