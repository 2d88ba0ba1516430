/** The start of a config created by an import: its site settings, before people and planets. */
import { renderYaml } from "../config/edit/splice.js";
import type { SiteDraft } from "../config/import/index.js";

/** A commented config head from the import's site settings (placeholders where it had none). */
export function skeletonConfig(site: SiteDraft, files: string[]): string {
  const head: Record<string, unknown> = {
    title: site.title ?? "My Planet",
    link: site.link ?? "https://planet.example.org/",
  };
  if (site.description) head.description = site.description;
  if (site.owner) head.owner = site.owner;
  if (Object.keys(site.fetch).length > 0) head.fetch = site.fetch;
  const note = site.link === null ? "# Set link: to where the site is published.\n" : "";
  return `# Imported from ${files.join(", ")}. See docs/config.md for every key.\n${note}\n${renderYaml(head, 0)}\n`;
}
