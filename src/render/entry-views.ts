/**
 * Entry views shared by the files of one planet. An entry shows on its river page and maybe its
 * author's page: its view (body and markup) is made once, kept only until the last file that
 * shows it is made, then dropped, so a big build holds a few pages' worth of entries, not the
 * river's. Its markup is rendered and encoded once too: a page's template prints a placeholder
 * for it, and the page's bytes are put together around the entries' bytes.
 */
import { randomBytes } from "node:crypto";
import type { RiverEntry } from "../model.js";
import type { EntryView } from "./river-view.js";

/** The entries each file to make shows through the river template. */
export interface RiverFile {
  entries: readonly RiverEntry[];
  body: "river" | "full";
}

/**
 * What identifies an entry within one planet: its stored entry, one object per entry in a plan.
 * Objects as keys cost a Map no string to build and hash on every use (a big build makes
 * hundreds of thousands of lookups).
 */
type EntryId = RiverEntry["entry"];

/** Entry views counted against the files that will show them. */
export class EntryViews {
  private readonly left = new Map<EntryId, number>();
  private readonly kept = new Map<EntryId, EntryView>();
  private readonly markup = new Map<EntryId, Markup>();
  private readonly released: EntryId[] = [];
  // Placeholders carry a random nonce: no entry's text can spell one.
  private readonly nonce = randomBytes(9).toString("base64url");
  private readonly placeholder = new RegExp(`\uE000${this.nonce}:(\\d+)\uE001`, "g");
  private readonly slots: EntryId[] = [];

  /** Counts the uses of each entry among `files`, the files this build makes. */
  constructor(files: readonly RiverFile[]) {
    for (const file of files) {
      if (file.body !== "river") continue;
      for (const { entry } of file.entries) this.left.set(entry, (this.left.get(entry) ?? 0) + 1);
    }
  }

  /** True when the entry's view is kept: a file showing it needs no body for it. */
  has(river: RiverEntry): boolean {
    return this.kept.has(river.entry);
  }

  /** The entry's view: made on first use, forgotten after its last counted use. */
  use(river: RiverEntry, make: () => EntryView): EntryView {
    const key = river.entry;
    const view = this.kept.get(key) ?? make();
    const left = (this.left.get(key) ?? 1) - 1;
    if (left > 0) {
      this.left.set(key, left);
      this.kept.set(key, view);
    } else {
      this.left.delete(key);
      this.kept.delete(key);
      this.released.push(key);
    }
    return view;
  }

  /** A placeholder for the entry's markup, which `render` makes when a page first prints it. */
  placeholderFor(river: RiverEntry, render: () => string): string {
    const key = river.entry;
    let slot = this.markup.get(key);
    if (slot === undefined) {
      slot = { index: this.slots.length, render, bytes: null };
      this.slots.push(key);
      this.markup.set(key, slot);
    }
    return `\uE000${this.nonce}:${slot.index}\uE001`;
  }

  /**
   * A page's HTML as bytes, with each placeholder replaced by its entry's markup; then forgets
   * the markup of entries no file left to make shows.
   */
  assemble(html: string): Uint8Array {
    const parts: Uint8Array[] = [];
    let at = 0;
    for (const match of html.matchAll(this.placeholder)) {
      const entry = this.slots[Number(match[1])];
      const slot = entry === undefined ? undefined : this.markup.get(entry);
      if (slot === undefined) continue;
      parts.push(Buffer.from(html.slice(at, match.index)));
      slot.bytes ??= Buffer.from(slot.render());
      parts.push(slot.bytes);
      at = match.index + match[0].length;
    }
    parts.push(Buffer.from(html.slice(at)));
    for (const key of this.released.splice(0)) this.markup.delete(key);
    return parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
  }
}

interface Markup {
  index: number;
  render: () => string;
  bytes: Uint8Array | null;
}

/**
 * The files in the order that keeps the fewest views alive: by the date of the oldest
 * entry each shows, newest first, so a month or a person's page is made next to the river
 * pages that show the same entries. Files without entries come first.
 */
export function inReuseOrder<T extends RiverFile>(files: readonly T[]): T[] {
  const oldest = (file: T) => file.entries[file.entries.length - 1]?.entry.date ?? "\uffff";
  return files
    .map((file) => ({ file, date: oldest(file) }))
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
    .map(({ file }) => file);
}
