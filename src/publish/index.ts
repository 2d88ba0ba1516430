/** The publish stage: writes a built site and swaps it in atomically. */
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { SiteFile } from "../model.js";
import { currentBuild, ensureBuildsDir, pruneBuilds, swapIn } from "./swap.js";
import { writeBuild } from "./write.js";

export { isSafeSitePath } from "./write.js";

export interface PublishSummary {
  /** The folder the output now points to. */
  build: string;
  written: number;
  unchanged: number;
}

export type PublishResult = { ok: true; summary: PublishSummary } | { ok: false; error: string };

/** Publishes `files` as the whole site at `output`; on failure the previous site stays as it was. */
export async function publishSite(output: string, files: SiteFile[]): Promise<PublishResult> {
  const buildsDir = await ensureBuildsDir(output);
  const id = new Date().toISOString().replace(/[-:.]/g, "").replace("T", "-");
  const staging = join(buildsDir, `${id}-${process.pid}.partial`);
  const build = join(buildsDir, `${id}-${process.pid}`);
  const previous = await currentBuild(output);
  try {
    const counts = await writeBuild(staging, files, previous);
    await rename(staging, build);
    await swapIn(output, build);
    const keep = [build, ...(previous === null ? [] : [previous])];
    await pruneBuilds(output, keep);
    return { ok: true, summary: { build, ...counts } };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `could not publish the site to ${output}: ${message}` };
  }
}
