/** An excerpt's cut in entry_facts' columns: cut_words (NULL: none derived), cut_end, cut_close. */
import type { ExcerptCut } from "../../model.js";

/** The columns' parameters for `cut` (all NULL for none). */
export function cutParams(cut: ExcerptCut | null) {
  return {
    cut_words: cut?.words ?? null,
    cut_end: cut?.end ?? null,
    cut_close: cut?.close ?? null,
  };
}

/** The cut the columns hold, or null when none was derived. */
export function cutOf(
  words: number | null,
  end: number | null,
  close: string | null,
): ExcerptCut | null {
  return words === null ? null : { words, end, close: close ?? "" };
}
