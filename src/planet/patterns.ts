/** The regular expressions of selectors and subscription filters, compiled once. */

/** A compiled pattern; `test` never matches when the source was not a valid expression. */
export interface Pattern {
  test(text: string): boolean;
}

const NEVER: Pattern = { test: () => false };

/**
 * Compiles `source` case-insensitively. The config stage validates patterns; an invalid one that
 * slips through matches nothing, so a bad `exclude` hides nothing and a bad `include` shows nothing
 * rather than failing the whole build.
 */
export function compilePattern(source: string): Pattern {
  try {
    // No "g" flag: a global regex keeps lastIndex between calls and would skip matches.
    return new RegExp(source, "i");
  } catch {
    return NEVER;
  }
}

/** Like `compilePattern`, keeping null and empty sources as null (no criterion). */
export function compileOptional(source: string | null): Pattern | null {
  return source === null || source.trim() === "" ? null : compilePattern(source);
}
