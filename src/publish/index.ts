/** The publish stage: writes a built site and swaps it in atomically. */
import type { SiteFile } from "../model.js";
import { describe, openSite, type PublishResult } from "./site-writer.js";

export {
  openSite,
  type PublishResult,
  type PublishSummary,
  type SiteWriter,
} from "./site-writer.js";
export { isSafeSitePath } from "./write.js";

/** Publishes `files` as the whole site at `output`; on failure the previous site stays as it was. */
export async function publishSite(output: string, files: SiteFile[]): Promise<PublishResult> {
  const site = await openSite(output);
  try {
    for (const file of files) await site.write(file.path, file.content, null);
  } catch (error) {
    await site.abort();
    return { ok: false, error: `could not publish the site to ${output}: ${describe(error)}` };
  }
  return site.commit();
}
