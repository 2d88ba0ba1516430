/** What the planet stage is given. */
import type { PersonSpec, PlanetEntry, PlanetSpec, SubscriptionSpec } from "../model.js";

/** One planet plus everything stored and configured that it may show. */
export interface PlanetInput {
  planet: PlanetSpec;
  people: PersonSpec[];
  subscriptions: SubscriptionSpec[];
  /** All stored non-backfill entries, any order (with `text` where `textNeeds` asks for it). */
  entries: PlanetEntry[];
  /** Canonical lower-case category → other spellings. */
  categoryAliases: Record<string, string[]>;
}
