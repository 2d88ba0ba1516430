/**
 * Copies of an entry's strings that share no memory with the document's text. V8 makes a
 * substring of a long string a view into it, and a concatenation a pair of pointers to its parts,
 * so one title kept from a piece of decoded text would keep that whole piece alive, and the
 * entries of a big feed all the pieces: its whole text. Copied, each piece can go once read.
 */

/**
 * Documents up to this many bytes are not copied out of: their text is small beside their
 * entries and soon dropped, and copying cost about 4 % of the parse benchmark's time.
 */
export const COPY_STRINGS_ABOVE = 1024 * 1024;

// V8 copies substrings shorter than this anyway (SlicedString::kMinLength).
const MIN_VIEW_LENGTH = 13;

/** A copy of `s` that holds no other string alive. */
export function detachString(s: string): string {
  // Slicing a concatenation first flattens it into a fresh string: a copy of " " + s.
  return s.length < MIN_VIEW_LENGTH ? s : ` ${s}`.slice(1);
}

/** Replaces, in place, every string in a tree of plain objects and arrays with a detached copy. */
export function detachStrings<T extends object>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detachValue(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = detachValue(record[key]);
  return value;
}

function detachValue(v: unknown): unknown {
  if (typeof v === "string") return detachString(v);
  if (v !== null && typeof v === "object") return detachStrings(v);
  return v;
}
