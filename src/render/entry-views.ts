/**
 * Entry views shared by the files of one planet. An entry shows on its river page, its month
 * and maybe its author's page: its view (body and markup) is made once, kept only until the
 * last file that shows it is made, then dropped, so a big build holds a few pages' worth of
 * entries, not the river's.
 */
import type { RiverEntry } from "../model.js";
import type { EntryView } from "./river-view.js";

/** The entries each file to make shows through the river template. */
export interface RiverFile {
  entries: readonly RiverEntry[];
  body: "river" | "full";
}

/** The cache key of an entry within one planet. */
export function entryKey(river: RiverEntry): string {
  return `${river.entry.feedUrl}\u0000${river.entry.key}`;
}

/** Entry views counted against the files that will show them. */
export class EntryViews {
  private readonly left = new Map<string, number>();
  private readonly kept = new Map<string, EntryView>();

  /** Counts the uses of each entry among `files`, the files this build makes. */
  constructor(files: readonly RiverFile[]) {
    for (const file of files) {
      if (file.body !== "river") continue;
      for (const river of file.entries) {
        const key = entryKey(river);
        this.left.set(key, (this.left.get(key) ?? 0) + 1);
      }
    }
  }

  /** True when the entry's view is kept: a file showing it needs no body for it. */
  has(river: RiverEntry): boolean {
    return this.kept.has(entryKey(river));
  }

  /** The entry's view: made on first use, forgotten after its last counted use. */
  use(key: string, make: () => EntryView): EntryView {
    const view = this.kept.get(key) ?? make();
    const left = (this.left.get(key) ?? 1) - 1;
    if (left > 0) {
      this.left.set(key, left);
      this.kept.set(key, view);
    } else {
      this.left.delete(key);
      this.kept.delete(key);
    }
    return view;
  }
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
