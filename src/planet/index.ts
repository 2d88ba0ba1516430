/** The planet stage: stored entries + a planet's spec → its river, selected, ordered and paged. Pure. */

export { canonicalLink } from "./canonical-link.js";
export { categoryCanon } from "./categories.js";
export { dayOf } from "./days.js";
export { dedupeEntries } from "./dedupe.js";
export { bodyCut, entryFacts, riverBody, siteExcerptWords } from "./facts.js";
export { groupByDay } from "./group.js";
export { detectLanguage, entryLanguage, primarySubtag } from "./language.js";
export { compareNewestFirst } from "./order.js";
export { PERSON_PAGE_ENTRIES } from "./paginate.js";
export { planPlanet } from "./plan.js";
export { type SelectedEntry, selectEntries, textNeeds } from "./select.js";
export type { PlanetInput } from "./types.js";
