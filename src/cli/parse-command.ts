/** `orrery parse --json SOURCE...`: what the parser understood of each source, as NDJSON. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createFetcher } from "../fetch/index.js";
import type { FeedBytes, ParsedFeed } from "../model.js";
import { failedParse } from "../parse/index.js";
import { defaultFetchSettings } from "./fetch-defaults.js";
import { parseAndSanitize } from "./parse-worker.js";

const help = `Usage: orrery parse --json SOURCE...

Prints one JSON object per SOURCE (a file path or an http(s) URL), in order: the normalized
feed with sanitized HTML. Exit status 0 when every source was read, 1 otherwise.
`;

/** Reads a source's bytes: a URL through the fetch stage, anything else as a file. */
async function readSource(source: string): Promise<FeedBytes | { error: string }> {
  if (/^https?:\/\//i.test(source)) {
    const fetcher = createFetcher(defaultFetchSettings());
    try {
      const outcome = await fetcher.fetch({ url: source }, null);
      if (outcome.kind === "ok") {
        return { body: outcome.body, url: outcome.finalUrl, contentType: outcome.contentType };
      }
      return { error: outcome.kind === "error" ? outcome.reason : `unexpected ${outcome.kind}` };
    } finally {
      await fetcher.close();
    }
  }
  try {
    const path = resolve(source);
    return { body: await readFile(path), url: pathToFileURL(path).href, contentType: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      error: code === "ENOENT" ? `no such file: ${source}` : `cannot read ${source}: ${code}`,
    };
  }
}

/** Runs the command; returns the exit status. */
export async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length === 0 || !values.json) {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  let status = 0;
  for (const source of positionals) {
    const input = await readSource(source);
    const parsed =
      "error" in input ? failedParse(input.error, null, []) : parseAndSanitize(input, []);
    if (parsed.error !== null) status = 1;
    process.stdout.write(`${JSON.stringify({ source, ...withoutBase(parsed) })}\n`);
  }
  return status;
}

/** Entry.base is internal plumbing for the sanitizer; the public JSON leaves it out. */
function withoutBase(parsed: ParsedFeed): Omit<ParsedFeed, "entries"> & { entries: object[] } {
  return { ...parsed, entries: parsed.entries.map(({ base: _base, ...entry }) => entry) };
}
