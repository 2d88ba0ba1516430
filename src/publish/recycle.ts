/**
 * Reusing an old build's folder for the next build. A build of a big planet is thousands of
 * folders and hard links; making them all afresh and deleting the build before last costs more
 * than everything else a small rebuild does. The build before the current one is served by no
 * one, so the next build starts from it: files whose key did not change stay as they are, the
 * others are replaced (never written into: their inode may be shared with the live site), and
 * files the new build does not make are removed at the end.
 */
import { readdirSync, rmdirSync, unlinkSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type FileLink, isSafeSitePath } from "./write.js";

/** Each file of a build, with the key it was made from (null: made on every build). */
export type BuildFiles = Map<string, string | null>;

/** The listing a build leaves beside its folder. */
export const keysFile = (build: string) => `${build}.keys.json`;

const FORMAT = 2;

/** Writes the listing of `build`. */
export async function writeKeys(build: string, files: BuildFiles): Promise<void> {
  await writeFile(
    keysFile(build),
    JSON.stringify({ format: FORMAT, files: Object.fromEntries(files) }),
  );
}

/**
 * The listing of `build`; `complete` when it names every file (listings written before this
 * format name only the keyed ones). Empty when there is none: every file is made afresh.
 */
export async function readKeys(build: string): Promise<{ files: BuildFiles; complete: boolean }> {
  try {
    const parsed: unknown = JSON.parse(await readFile(keysFile(build), "utf8"));
    if (typeof parsed !== "object" || parsed === null) return { files: new Map(), complete: false };
    const listed = parsed as { format?: unknown; files?: unknown };
    const complete = listed.format === FORMAT && typeof listed.files === "object";
    const source = complete ? (listed.files as object) : parsed;
    const entries = Object.entries(source).filter(([, v]) => typeof v === "string" || v === null);
    return { files: new Map(entries as [string, string | null][]), complete };
  } catch {
    return { files: new Map(), complete: false };
  }
}

/**
 * Moves the newest build other than `current` to `staging` and returns its files, or null when
 * there is none to reuse. Its listing is deleted first: should this build die half-way, the
 * half-changed folder is never trusted again, only pruned.
 */
export async function recycleBuild(
  buildsDir: string,
  current: string | null,
  staging: string,
): Promise<BuildFiles | null> {
  const names = readdirSync(buildsDir)
    .filter((name) => /^\d{8}-\d{9}Z-\d+$/.test(name) && name !== basename(current ?? ""))
    .sort();
  const newest = names[names.length - 1];
  if (newest === undefined) return null;
  const old = join(buildsDir, newest);
  const { files, complete } = await readKeys(old);
  if (!complete) return null;
  try {
    await rm(keysFile(old));
    await rename(old, staging);
    return files;
  } catch {
    return null;
  }
}

/**
 * Links every file of `build` into `staging` and returns those now in place, as a build before
 * last would hold them: for the first rebuild after a full build, which has none to reuse.
 */
export async function linkedCopy(
  build: string,
  files: BuildFiles,
  staging: string,
  link: (links: FileLink[]) => Promise<Set<string>>,
): Promise<BuildFiles> {
  const paths = [...files.keys()].filter(isSafeSitePath);
  const unlinked = await link(
    paths.map((path) => ({ from: join(build, path), file: join(staging, path) })),
  );
  const linked = paths.filter((path) => !unlinked.has(join(staging, path)));
  return new Map(linked.map((path) => [path, files.get(path) ?? null]));
}

/** Removes `path` from a reused folder, if it is there, so that a new file can take its place. */
export function vacate(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Not there: nothing to do.
  }
}

/** Removes from `staging` the reused files this build did not make, and folders left empty. */
export function removeLeftovers(staging: string, reused: BuildFiles, made: BuildFiles): void {
  const emptied = new Set<string>();
  for (const path of reused.keys()) {
    if (made.has(path) || !isSafeSitePath(path)) continue;
    vacate(join(staging, path));
    emptied.add(dirname(join(staging, path)));
  }
  for (const dir of [...emptied].sort().reverse()) removeEmptyUpTo(dir, staging);
}

function removeEmptyUpTo(dir: string, root: string): void {
  for (let at = dir; at.startsWith(`${root}/`); at = dirname(at)) {
    try {
      if (readdirSync(at).length > 0) return;
      rmdirSync(at);
    } catch {
      return;
    }
  }
}
