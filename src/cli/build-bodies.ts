/**
 * The bodies of the entries one file shows, read from the store just before the file is made:
 * full content as stored, or cut to the planet's excerpt.
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
  for (let at = 0; at < entries.length; at += BODY_BATCH) {
    const refs = entries.slice(at, at + BODY_BATCH).map((river) => refOf(river.entry));
    for (const entry of await store.getBodies(refs))
      bodies.set(refKey(entry), riverBody(entry, words));
  }
  return (river) => bodies.get(refKey(river.entry)) ?? EMPTY;
}
