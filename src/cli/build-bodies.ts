/**
 * The bodies of the entries one file shows, read from the store just before the file is made:
 * river excerpts from the store's cache (planning cut them for every new entry version), else
 * cut from the stored body; full content as stored.
 */
import type { EntryBody, RiverEntry } from "../model.js";
import { riverBody } from "../planet/index.js";
import type { BodyOf } from "../render/index.js";
import type { Store } from "../store/index.js";
import { BODY_BATCH, refKey, refOf } from "./build-entries.js";

const EMPTY: EntryBody = { html: "", truncated: false };

/** Reads the bodies of `entries`: as the river shows them (cut to `excerptWords`), or in full. */
export async function loadBodies(
  store: Store,
  entries: readonly RiverEntry[],
  shown: { full: boolean; excerptWords: number | null },
): Promise<BodyOf> {
  const bodies = new Map<string, EntryBody>();
  const words = shown.full ? null : shown.excerptWords;
  let missing = entries.map((river) => river.entry);
  if (words !== null && missing.length > 0) {
    const versions = missing.map((entry) => ({ ...refOf(entry), version: entry.version }));
    for (const cached of await store.getExcerpts(versions, words))
      bodies.set(refKey(cached), cached);
    missing = missing.filter((entry) => !bodies.has(refKey(entry)));
  }
  for (let at = 0; at < missing.length; at += BODY_BATCH) {
    const stored = await store.getEntries(missing.slice(at, at + BODY_BATCH).map(refOf));
    for (const entry of stored) bodies.set(refKey(entry), riverBody(entry, words));
  }
  return (river) => bodies.get(refKey(river.entry)) ?? EMPTY;
}
