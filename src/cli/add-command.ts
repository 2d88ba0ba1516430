/** `orrery add URL`: find a blog's feed from its page, and add the person to orrery.yaml. */
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import {
  existingEntries,
  type FeedDraft,
  mergeDrafts,
  type PersonDraft,
  slugify,
  uniqueId,
} from "../config/edit/index.js";
import { discoverFeeds, type FoundFeed, isAmbiguous } from "../discover/index.js";
import { createFetcher } from "../fetch/index.js";
import { describeChoice } from "./add-choices.js";
import { configOption, loadConfigOrReport } from "./config-arg.js";
import { readConfigText, writeConfigText } from "./config-file.js";

const help = `Usage: orrery add URL [--pick N] [--name NAME] [--id ID] [--tag TAG]... [--config FILE]

Finds the feeds of a blog from its page URL (or takes a feed URL as it is): the page's
<link rel="alternate"> feeds, links that look like feeds, then common paths (/feed/, /atom.xml,
/index.xml, /rss). Atom and JSON Feed are preferred over RSS, posts over comments. When the
page offers different feeds, it lists them: pick one with --pick N (asked when run in a terminal).
The person is written at the end of people: in the config, every other line kept as it was.
  --name NAME  the person's name (default: the feed's author, else its title)
  --id ID      the person's id; an existing id adds the feed to that person
  --tag TAG    a tag for the feed (repeatable)
`;

/** Runs the command; returns the exit status. */
export async function addCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...configOption,
      pick: { type: "string" },
      name: { type: "string" },
      id: { type: "string" },
      tag: { type: "string", multiple: true, default: [] },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length !== 1) {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  return addFeed(resolve(values.config), positionals[0], values);
}

interface AddOptions {
  pick?: string;
  name?: string;
  id?: string;
  tag: string[];
}

async function addFeed(file: string, url: string, options: AddOptions): Promise<number> {
  const config = await loadConfigOrReport(file);
  const text = await readConfigText(file);
  if (config === null || text === null) return 2;
  const existing = existingEntries(text);
  if (existing.feeds.has(url)) return alreadyThere(url);
  const fetcher = createFetcher(config.fetch);
  const discovery = await discoverFeeds(url, fetcher).finally(() => fetcher.close());
  if (!discovery.ok) return fail(discovery.error);
  const choices = discovery.feeds;
  if (choices.length === 0) return fail(noFeedMessage(url));
  const chosen = await choose(choices, options.pick);
  if (typeof chosen === "number") return chosen;
  if (existing.feeds.has(chosen.url)) return alreadyThere(chosen.url);
  const person = draftPerson(chosen, discovery.pageUrl, new Set(existing.people.keys()), options);
  const merge = mergeDrafts(text, [person]);
  if (!merge.ok) return fail(`cannot edit ${file}: ${merge.error}`);
  if (!(await writeConfigText(file, merge.text))) return 2;
  const who =
    merge.addedPeople.length > 0
      ? `person "${person.id}" (${person.name})`
      : `a feed of "${person.id}"`;
  process.stdout.write(`added ${who}: ${chosen.url}\nto ${file}\n`);
  return 0;
}

/** The person to write: named after the feed's author (else its title), linked to the blog. */
function draftPerson(
  chosen: FoundFeed,
  pageUrl: string,
  taken: Set<string>,
  options: AddOptions,
): PersonDraft {
  const name = options.name ?? chosen.authorName ?? chosen.title ?? new URL(chosen.url).hostname;
  const id = options.id ?? uniqueId(slugify(name), taken);
  const feed: FeedDraft = {
    url: chosen.url,
    tags: options.tag,
    ...(chosen.via === "page" ? { type: "html" as const } : {}),
  };
  const homepage = chosen.siteLink ?? (chosen.url === pageUrl ? null : pageUrl);
  return { id, name, links: homepage === null ? {} : { homepage }, feeds: [feed] };
}

async function choose(choices: FoundFeed[], pick: string | undefined): Promise<FoundFeed | number> {
  if (pick !== undefined) {
    const n = Number(pick);
    if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1];
    process.stderr.write(`orrery: --pick takes a number from 1 to ${choices.length}\n`);
    listChoices(choices);
    return 2;
  }
  if (!isAmbiguous(choices)) return choices[0];
  listChoices(choices);
  if (!process.stdin.isTTY) {
    process.stderr.write("orrery: several feeds; choose one with --pick N. Nothing was changed.\n");
    return 2;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await prompt
    .question(`which one (1-${choices.length})? `)
    .finally(() => prompt.close());
  return choose(choices, answer.trim());
}

function listChoices(choices: FoundFeed[]): void {
  process.stderr.write("the page offers:\n");
  for (const [i, c] of choices.entries())
    process.stderr.write(`  ${i + 1}. ${describeChoice(c)}\n`);
}

function alreadyThere(url: string): number {
  process.stdout.write(`${url} is in the config already; nothing was changed.\n`);
  return 0;
}

function noFeedMessage(url: string): string {
  return `no feed found at ${url} (no <link rel="alternate"> feed, no link that looks like a feed, nothing at /feed/, /atom.xml, /index.xml, /rss). A blog without a feed can be read from its page: see "type: html" in docs/config.md.`;
}

function fail(message: string): number {
  process.stderr.write(`orrery: ${message}\n`);
  return 1;
}
