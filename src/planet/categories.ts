/** Category names compared the way people write them: any case, any listed spelling. */

/** Maps a category to its canonical lower-case name. */
export type CategoryCanon = (category: string) => string;

/**
 * Builds the canonicalizer from `aliases` (canonical → other spellings). Both the canonical name
 * and every spelling map to the canonical one, so a selector written with either matches an
 * entry tagged with either.
 */
export function categoryCanon(aliases: Record<string, string[]>): CategoryCanon {
  const toCanonical = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(aliases)) {
    const name = fold(canonical);
    toCanonical.set(name, name);
    for (const spelling of spellings) toCanonical.set(fold(spelling), name);
  }
  return (category) => {
    const folded = fold(category);
    return toCanonical.get(folded) ?? folded;
  };
}

// Feeds write "Gentoo", "gentoo " and "GENTOO" for the same topic; white space inside is collapsed.
function fold(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
