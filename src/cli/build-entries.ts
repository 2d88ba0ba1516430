/**
 * The entries a build plans from: stored metadata, with the facts derived from each body (stored
 * with the entry when it was parsed; derived here and saved for entries stored without them)
 * and, only where a content pattern asks for it, the body as plain text.
 */
import type { EntryRef, ListedEntry, PlanetEntry, StoredEntry, StoredEntryMeta } from "../model.js";
import { entryFacts } from "../planet/index.js";
import { toPlainText } from "../sanitize/index.js";
import type { EntryFactsWrite, Store } from "../store/index.js";

/** How many bodies are read from the store at a time: bounds memory, not speed. */
export const BODY_BATCH = 500;

/** Which entries need their plain text (see the planet stage's `textNeeds`). */
export interface TextNeeds {
  all: boolean;
  feeds: Set<string>;
}

/**
 * The listed entries made ready for planning: bodies are read only for the facts the store lacks
 * (derived and saved, so they are read once; with the cut of the site's `excerptWords`) and for
 * the plain text content patterns match.
 */
export async function plannedEntries(
  store: Store,
  listed: readonly ListedEntry[],
  needs: TextNeeds,
  excerptWords: number | null,
): Promise<PlanetEntry[]> {
  const wantsText = (entry: EntryRef) => needs.all || needs.feeds.has(entry.feedUrl);
  const toRead = new Map<string, ListedEntry>();
  for (const entry of listed) {
    if (entry.facts === null || wantsText(entry)) toRead.set(refKey(entry), entry);
  }
  const refs = [...toRead.values()].map(refOf);
  const ready = new Map<string, PlanetEntry>();
  for (let at = 0; at < refs.length; at += BODY_BATCH) {
    const derived: EntryFactsWrite[] = [];
    for (const stored of await store.getEntries(refs.slice(at, at + BODY_BATCH))) {
      const cached = toRead.get(refKey(stored))?.facts ?? null;
      const facts = cached ?? entryFacts(stored, excerptWords);
      if (cached === null) derived.push({ ...refOf(stored), version: stored.version, facts });
      const text = wantsText(stored) ? toPlainText(stored.content ?? stored.summary ?? "") : null;
      const entry: PlanetEntry = { ...metaOf(stored), facts };
      ready.set(refKey(stored), text === null ? entry : { ...entry, text });
    }
    await store.saveEntryFacts(derived);
  }
  // The usual rebuild reads nothing: no key to build and look up for each of its entries.
  if (ready.size === 0) return listed.filter(hasFacts);
  return listed.flatMap((entry) => {
    const found = ready.get(refKey(entry));
    if (found !== undefined) return [found];
    // Read above when facts were missing; an entry gone since then has nothing to show.
    return hasFacts(entry) ? [entry] : [];
  });
}

function hasFacts(entry: ListedEntry): entry is ListedEntry & PlanetEntry {
  return entry.facts !== null;
}

// The metadata of a full entry: its bodies are dropped once its facts are known.
function metaOf(entry: StoredEntry): StoredEntryMeta {
  const { author: _a, summary: _s, content: _c, enclosures: _e, image: _i, ...meta } = entry;
  return meta;
}

/** The store's identity of an entry. */
export function refOf(entry: EntryRef): EntryRef {
  return { feedUrl: entry.feedUrl, key: entry.key };
}

/** A map key for an entry. */
export function refKey(entry: EntryRef): string {
  return `${entry.feedUrl}\u0000${entry.key}`;
}
