/** A planet's include/exclude rule turned into one predicate over an entry's facts. */
import type { PersonSpec, PlanetEntry, PlanetSelector, SubscriptionSpec } from "../model.js";
import type { CategoryCanon } from "./categories.js";
import { primarySubtag } from "./language.js";
import { compileOptional } from "./patterns.js";

/** What a selector looks at; the costly facts are computed on first use and remembered. */
export interface Candidate {
  entry: PlanetEntry;
  person: PersonSpec;
  subscription: SubscriptionSpec;
  /** The content (else summary) as plain text (the entry's `text`; see `textNeeds`). */
  plainContent(): string;
  language(): string | null;
}

/** A compiled selector: true when every criterion it lists matches. */
export type EntryPredicate = (facts: Candidate) => boolean;

/** Compiles `selector`; null when it lists no criterion at all (or is null). */
export function compileSelector(
  selector: PlanetSelector | null,
  canon: CategoryCanon,
): EntryPredicate | null {
  if (selector === null) return null;
  const checks: EntryPredicate[] = [];
  if (selector.tags.length > 0) {
    const tags = new Set(selector.tags);
    checks.push((f) => f.subscription.tags.some((t) => tags.has(t)));
  }
  if (selector.categories.length > 0) {
    const wanted = new Set(selector.categories.map(canon));
    checks.push((f) => f.entry.categories.some((c) => wanted.has(canon(c))));
  }
  if (selector.people.length > 0) {
    const people = new Set(selector.people);
    checks.push((f) => people.has(f.person.id));
  }
  if (selector.languages.length > 0) {
    const languages = new Set(selector.languages.map(primarySubtag));
    checks.push((f) => {
      const language = f.language();
      return language !== null && languages.has(primarySubtag(language));
    });
  }
  const title = compileOptional(selector.title);
  if (title !== null) checks.push((f) => title.test(f.entry.title ?? ""));
  const content = compileOptional(selector.content);
  if (content !== null) checks.push((f) => content.test(f.plainContent()));
  if (checks.length === 0) return null;
  return (facts) => checks.every((check) => check(facts));
}
