/**
 * The bodies of the entries one file shows, read from the store just before the file is made:
 * full content as stored, or cut to the planet's excerpt.
 */
import type { EntryBody, RiverEntry } from "../model.js";
import { bodyCut, riverBody } from "../planet/index.js";
import type { BodyOf } from "../render/index.js";
import type { ExcerptCutWrite, Store } from "../store/index.js";
import { BODY_BATCH, refKey, refOf } from "./build-entries.js";

const EMPTY: EntryBody = { html: "", truncated: false };

/** What a file shows of its entries' bodies. */
export interface ShownBodies {
  full: boolean;
  excerptWords: number | null;
  /** The excerpt length is the site's (siteExcerptWords): cuts found are kept in the store. */
  keepsCuts: boolean;
}

/**
 * Reads the bodies of `entries`: as the river shows them (cut to `excerptWords`), or in full.
 * Cuts of the site's length that the store lacked (entries stored before it kept them, or
 * before the length changed) are found here once and kept.
 */
export async function loadBodies(
  store: Store,
  entries: readonly RiverEntry[],
  shown: ShownBodies,
): Promise<BodyOf> {
  const bodies = new Map<string, EntryBody>();
  const words = shown.full ? null : shown.excerptWords;
  for (let at = 0; at < entries.length; at += BODY_BATCH) {
    const refs = entries.slice(at, at + BODY_BATCH).map((river) => refOf(river.entry));
    const found: ExcerptCutWrite[] = [];
    for (const entry of await store.getBodies(refs)) {
      let { cut } = entry;
      if (words !== null && shown.keepsCuts && cut?.words !== words) {
        cut = bodyCut(entry, words);
        found.push({ ...refOf(entry), version: entry.version, cut });
      }
      bodies.set(refKey(entry), riverBody({ ...entry, cut }, words));
    }
    if (found.length > 0) await store.saveExcerptCuts(found);
  }
  return (river) => bodies.get(refKey(river.entry)) ?? EMPTY;
}
