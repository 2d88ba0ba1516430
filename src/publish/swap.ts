/**
 * Atomic publication of a built site.
 *
 * The output path is a symbolic link to one complete build under `.<name>.builds/`, beside it.
 * A new build is written into a fresh folder there, then a new link is renamed over the old one:
 * rename(2) replaces a link atomically, so a reader or a web server sees the old site or the new
 * one, never a mix, and a build that fails or is killed leaves the previous site as it was.
 */
import { rmSync } from "node:fs";
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";

/** Where the builds of an output path live, and the names used while swapping. */
export function buildPaths(output: string): { buildsDir: string; tempLink: string } {
  const dir = dirname(output);
  const name = basename(output);
  return {
    buildsDir: join(dir, `.${name}.builds`),
    tempLink: join(dir, `.${name}.link-${process.pid}`),
  };
}

/** The build folder the output link points to now, or null (no site yet, or a plain folder). */
export async function currentBuild(output: string): Promise<string | null> {
  try {
    const stat = await lstat(output);
    if (!stat.isSymbolicLink()) return stat.isDirectory() ? output : null;
    return join(dirname(output), await readlink(output));
  } catch {
    return null;
  }
}

/** Points `output` at `build` atomically; a plain folder in the way is moved into the builds once. */
export async function swapIn(output: string, build: string): Promise<void> {
  const { buildsDir, tempLink } = buildPaths(output);
  const existing = await lstat(output).catch(() => null);
  if (existing?.isDirectory()) {
    // First publication over a folder made by someone else: it can only be moved aside, so for
    // this one time there is an instant without a site. Every later swap is a single rename.
    await rename(output, join(buildsDir, `previous-${Date.now()}`));
  }
  await rm(tempLink, { force: true });
  await symlink(relative(dirname(output), build), tempLink);
  await rename(tempLink, output);
}

/** Removes every build except the current one and the one before it. */
export async function pruneBuilds(output: string, keep: string[]): Promise<void> {
  const { buildsDir } = buildPaths(output);
  const names = await readdir(buildsDir).catch(() => [] as string[]);
  const kept = new Set(keep.map((path) => basename(path)));
  // Synchronously: an old build is thousands of links and folders, and each removal through
  // libuv's thread pool costs several times what the system call itself does.
  for (const name of names) {
    if (!kept.has(name)) rmSync(join(buildsDir, name), { recursive: true, force: true });
  }
}

/** Makes the folder that holds builds. */
export async function ensureBuildsDir(output: string): Promise<string> {
  const { buildsDir } = buildPaths(output);
  await mkdir(buildsDir, { recursive: true });
  return buildsDir;
}
