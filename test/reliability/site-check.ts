/**
 * What a published site is, for the crash tests: a manifest (path → SHA-256 of every file) of
 * the build the output link points to, and a rebuild of the same store at the same moment to
 * compare a new site with, byte for byte.
 */
import { createHash } from "node:crypto";
import { lstat, mkdtemp, readdir, readFile, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { build } from "../../src/cli/build.js";
import type { SiteConfig } from "../../src/model.js";
import type { Store } from "../../src/store/index.js";

export type Manifest = Map<string, string>;

/** The folder the output link points to (the output itself when it is a plain folder). */
export async function publishedBuild(output: string): Promise<string> {
  const stat = await lstat(output);
  return stat.isSymbolicLink() ? join(dirname(output), await readlink(output)) : output;
}

/** Every file under `dir`, by path relative to it, with its SHA-256. */
export async function manifestOf(dir: string): Promise<Manifest> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const hashes = await Promise.all(
    files.map(async (file) =>
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    ),
  );
  const pairs = files.map((file, i): [string, string] => [relative(dir, file), hashes[i]]);
  return new Map(pairs.sort());
}

/** The generated_at of the published root planet, the moment its build started. */
export async function generatedAt(dir: string): Promise<string> {
  const health = JSON.parse(await readFile(join(dir, "health.json"), "utf8"));
  return health.generated_at as string;
}

/** Builds `store` as `orrery build` would have at `now`, into a scratch folder; its manifest. */
export async function rebuildManifest(
  config: SiteConfig,
  store: Store,
  now: Date,
): Promise<Manifest> {
  const scratch = await mkdtemp(join(tmpdir(), "orrery-rebuild-"));
  try {
    const output = join(scratch, "public");
    const built = await build({ ...config, output }, store, now);
    if (!built.ok) throw new Error(built.error);
    return await manifestOf(await publishedBuild(output));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The differences between two manifests, for assertion messages (at most a few). */
export function manifestDiff(a: Manifest, b: Manifest): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).slice(0, 5);
}
