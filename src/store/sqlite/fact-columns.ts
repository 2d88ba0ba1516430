/**
 * An entry version's facts in its row: has_text and body_language (NULL: not derived), and the
 * excerpt's cut in cut_words (NULL: none found), cut_end and cut_close.
 */
import type { EntryFacts, ExcerptCut } from "../../model.js";

/** The columns that hold the excerpt's cut (see `cutParams`). */
export const CUT_COLUMNS = ["cut_words", "cut_end", "cut_close"] as const;

/** The columns that hold facts (see `factParams`). */
export const FACT_COLUMNS = ["has_text", "body_language", ...CUT_COLUMNS] as const;

/** `column = @column, ...` for an UPDATE of `columns`. */
export function assignments(columns: readonly string[]): string {
  return columns.map((c) => `${c} = @${c}`).join(", ");
}

/** The cut columns' parameters (all NULL for none). */
export function cutParams(cut: ExcerptCut | null) {
  return {
    cut_words: cut?.words ?? null,
    cut_end: cut?.end ?? null,
    cut_close: cut?.close ?? null,
  };
}

/** The fact columns' parameters (all NULL when the facts are not known). */
export function factParams(facts: EntryFacts | null) {
  return {
    has_text: facts === null ? null : facts.hasText ? 1 : 0,
    body_language: facts?.language ?? null,
    ...cutParams(facts?.cut ?? null),
  };
}

/** The cut the columns hold, or null when none was found. */
export function cutOf(
  words: number | null,
  end: number | null,
  close: string | null,
): ExcerptCut | null {
  return words === null ? null : { words, end, close: close ?? "" };
}
