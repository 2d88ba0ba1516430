/** Which stored entries a planet shows: known feed and person, subscription filter, include/exclude. */
import type {
  EntryFilter,
  PersonSpec,
  PlanetEntry,
  PlanetSpec,
  SubscriptionSpec,
} from "../model.js";
import { categoryCanon } from "./categories.js";
import { entryLanguage } from "./language.js";
import { compileOptional } from "./patterns.js";
import { type Candidate, compileSelector, type EntryPredicate } from "./selector.js";
import type { PlanetInput } from "./types.js";

/** An entry a planet selected, with who wrote it, the feed it came through and its language. */
export interface SelectedEntry {
  entry: PlanetEntry;
  person: PersonSpec;
  subscription: SubscriptionSpec;
  language: string | null;
}

/** Keeps the entries of `input.entries` that the planet shows, in input order. Pure. */
export function selectEntries(input: PlanetInput): SelectedEntry[] {
  const canon = categoryCanon(input.categoryAliases);
  const include = compileSelector(input.planet.include, canon);
  const exclude = compileSelector(input.planet.exclude, canon);
  const people = new Map(input.people.map((p) => [p.id, p]));
  const subscriptions = subscriptionIndex(input.subscriptions);
  const filters = new Map<SubscriptionSpec, EntryPredicate | null>();
  const selected: SelectedEntry[] = [];
  for (const entry of input.entries) {
    if (entry.backfill) continue;
    const subscription = subscriptions(entry);
    const person = subscription && people.get(subscription.personId);
    // An entry of a feed or person no longer in the config belongs to nobody on this planet.
    if (subscription === undefined || person === undefined) continue;
    let filter = filters.get(subscription);
    if (filter === undefined) {
      filter = compileFilter(subscription.filter);
      filters.set(subscription, filter);
    }
    // Most planets select by nothing: their entries need no candidate to ask about.
    if (filter === null && include === null && exclude === null) {
      selected.push({ entry, person, subscription, language: entryLanguage(entry) });
      continue;
    }
    const facts = candidate(entry, person, subscription);
    if (filter !== null && !filter(facts)) continue;
    if (include !== null && !include(facts)) continue;
    if (exclude?.(facts)) continue;
    selected.push({ entry, person, subscription, language: facts.language() });
  }
  return selected;
}

/**
 * Finds an entry's subscription by feed URL and person; by URL alone when the person differs
 * (the config now gives the feed to someone else: the config decides whose it is).
 */
function subscriptionIndex(
  subs: SubscriptionSpec[],
): (entry: PlanetEntry) => SubscriptionSpec | undefined {
  const byUrlAndPerson = new Map<string, SubscriptionSpec>();
  const byUrl = new Map<string, SubscriptionSpec>();
  for (const sub of subs) {
    byUrlAndPerson.set(`${sub.url}\n${sub.personId}`, sub);
    if (!byUrl.has(sub.url)) byUrl.set(sub.url, sub);
  }
  return (entry) =>
    byUrlAndPerson.get(`${entry.feedUrl}\n${entry.personId}`) ?? byUrl.get(entry.feedUrl);
}

/** A subscription's own filter: include/exclude patterns on the title plus plain content. */
function compileFilter(filter: EntryFilter | null): EntryPredicate | null {
  const include = compileOptional(filter?.include ?? null);
  const exclude = compileOptional(filter?.exclude ?? null);
  if (include === null && exclude === null) return null;
  return (facts) => {
    const text = `${facts.entry.title ?? ""}\n${facts.plainContent()}`;
    return (include === null || include.test(text)) && (exclude === null || !exclude.test(text));
  };
}

function candidate(
  entry: PlanetEntry,
  person: PersonSpec,
  subscription: SubscriptionSpec,
): Candidate {
  return {
    entry,
    person,
    subscription,
    plainContent: () => entry.text ?? "",
    language: () => entryLanguage(entry),
  };
}

/**
 * Which entries need their plain `text` for the content patterns of these planets and their
 * feeds' filters: every entry, or those of some feeds. Most planets need none, and a build then
 * reads no entry bodies to plan them.
 */
export function textNeeds(
  planets: readonly PlanetSpec[],
  subscriptions: readonly SubscriptionSpec[],
): { all: boolean; feeds: Set<string> } {
  const given = (source: string | null | undefined) => (source ?? "").trim() !== "";
  const all = planets.some((p) => given(p.include?.content) || given(p.exclude?.content));
  const feeds = new Set(
    subscriptions
      .filter((sub) => given(sub.filter?.include) || given(sub.filter?.exclude))
      .map((sub) => sub.url),
  );
  return { all, feeds };
}
