/** `orrery import venus FILE...` and `orrery import opml FILE`: subscriptions merged into the config. */
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Merge, mergeDrafts } from "../config/edit/index.js";
import { type ImportResult, importOpml, importVenus } from "../config/import/index.js";
import { configOption } from "./config-arg.js";
import { isValidConfig, readConfigText, writeConfigText } from "./config-file.js";
import { skeletonConfig } from "./import-skeleton.js";

type MergeDone = Extract<Merge, { ok: true }>;

const help = `Usage: orrery import venus CONFIG.INI [MORE.INI ...] [--config FILE]
       orrery import opml FILE [--config FILE]

Merges another aggregator's subscriptions into the config (created when missing): people,
their feeds and, from Planet Venus / Planet 2.0, the planets. Files are read in order: an INI
file with a [Planet] section starts a planet, and the feed-only files after it belong to it
(Gentoo's one-file-per-developer layout). Every setting that has no place in Orrery's config
is listed, never dropped silently. Importing the same files again adds nothing.
`;

/** Runs the command; returns the exit status. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...configOption, help: { type: "boolean", short: "h" } },
  });
  const [kind, ...files] = positionals;
  if (
    values.help ||
    files.length === 0 ||
    (kind !== "venus" && kind !== "opml") ||
    (kind === "opml" && files.length > 1)
  ) {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  const sources = await readSources(files);
  if (sources === null) return 1;
  const result =
    kind === "venus" ? importVenus(sources) : importOpml(sources[0].text, sources[0].file);
  if ("error" in result) {
    process.stderr.write(`orrery: ${result.error}\n`);
    return 1;
  }
  return mergeImport(resolve(values.config), result, files);
}

async function readSources(files: string[]): Promise<Array<{ file: string; text: string }> | null> {
  try {
    return await Promise.all(
      files.map(async (file) => ({ file, text: await readFile(file, "utf8") })),
    );
  } catch (error) {
    process.stderr.write(
      `orrery: cannot read ${(error as NodeJS.ErrnoException).path}: ${(error as Error).message}\n`,
    );
    return null;
  }
}

async function mergeImport(file: string, result: ImportResult, files: string[]): Promise<number> {
  const existing = await readConfigText(file);
  if (existing !== null && !isValidConfig(existing, file)) {
    process.stderr.write("orrery: fix the config first; nothing was changed.\n");
    return 2;
  }
  const text =
    existing ??
    skeletonConfig(
      result.site,
      files.map((f) => basename(f)),
    );
  const merge = mergeDrafts(text, result.people, result.planets);
  if (!merge.ok) {
    process.stderr.write(`orrery: cannot edit ${file}: ${merge.error}\n`);
    return 1;
  }
  const changed = merge.text !== existing;
  if (changed && !(await writeConfigText(file, merge.text))) return 2;
  printReport(
    file,
    result,
    merge,
    existing === null ? "created" : changed ? "updated" : "unchanged",
  );
  return 0;
}

function printReport(file: string, result: ImportResult, merge: MergeDone, how: string): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const { addedPeople, addedFeeds, addedPlanets } = merge;
  out(
    `${how} ${file}: ${addedPeople.length} new people, ${addedFeeds.length} new feeds, ` +
      `${addedPlanets.length} new planets (${result.people.length} people in the import)`,
  );
  if (how !== "created" && result.site.title !== null) {
    out(
      "site settings (title, link, owner, fetch) are taken only when the config is created; yours were kept",
    );
  }
  for (const feed of merge.keptFeeds.filter(
    (f) => how !== "created" && (f.tags ?? []).length > 0,
  )) {
    out(`kept as written: ${feed.url} (the import tags it ${feed.tags?.join(", ")})`);
  }
  const lines = result.notImported;
  if (lines.length > 0)
    out(`not imported (${lines.length}):\n${lines.map((l) => `  ${l}`).join("\n")}`);
}
