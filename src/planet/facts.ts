/** What a build derives from an entry's body once per version, and what a river page shows of it. */
import type {
  Entry,
  EntryBody,
  EntryFacts,
  ExcerptCut,
  PlanetSpec,
  StoredEntry,
} from "../model.js";
import { cutExcerpt, excerpt, excerptCut } from "../sanitize/index.js";
import { bodyLanguage } from "./language.js";

/**
 * The body's facts: visible text at all, and its language (outermost lang, else detected); with
 * `excerptWords`, where its excerpt of that many words ends. Pure; derived once per entry
 * version, when the entry is parsed, and stored with it.
 */
export function entryFacts(
  entry: Pick<Entry, "title" | "content" | "summary">,
  excerptWords: number | null = null,
): EntryFacts {
  const html = bodyHtml(entry);
  // Any non-space character outside a tag; the search stops at the first, usually early.
  const hasText = /(?:^|>)[^<]*?[^\s<]/.test(html);
  const facts = { hasText, language: bodyLanguage(entry.title, html) };
  return excerptWords === null ? facts : { ...facts, cut: excerptCut(html, excerptWords) };
}

/** What an entry shows: its content, else its summary. */
function bodyHtml(entry: Pick<Entry, "content" | "summary">): string {
  return entry.content ?? entry.summary ?? "";
}

/** Where the excerpt of `words` words of the entry's body ends (see entryFacts). */
export function bodyCut(entry: Pick<Entry, "content" | "summary">, words: number): ExcerptCut {
  return excerptCut(bodyHtml(entry), words);
}

/**
 * The excerpt length whose cuts are derived with the facts: the first planet's that shows
 * excerpts. One length only, so that planets of other lengths never overwrite each other's.
 */
export function siteExcerptWords(
  planets: readonly Pick<PlanetSpec, "excerptWords">[],
): number | null {
  return planets.find((planet) => planet.excerptWords !== null)?.excerptWords ?? null;
}

/**
 * What a river shows of an entry: its content (else summary), cut to `excerptWords` if set, at
 * the cut derived ahead when there is one for that length. Pure.
 */
export function riverBody(
  entry: Pick<StoredEntry, "content" | "summary"> & { cut?: ExcerptCut | null },
  excerptWords: number | null,
): EntryBody {
  const html = bodyHtml(entry);
  if (excerptWords === null) return { html, truncated: false };
  const { cut } = entry;
  // A cut past the end cannot be of this body: a safeguard, the store ties cuts to versions.
  if (cut && cut.words === excerptWords && (cut.end ?? 0) <= html.length)
    return cutExcerpt(html, cut);
  return excerpt(html, { words: excerptWords });
}
