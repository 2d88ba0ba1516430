/** The river as templates see it: plain objects with display-ready, link-checked fields. */
import type { DayGroup, EntryBody, PersonSpec, RiverEntry, StoredFeed } from "../model.js";
import type { DateFormats } from "./dates.js";
import type { EntryViews } from "./entry-views.js";
import { focusableScrollRegions } from "./focusable.js";
import { avatarUrl, type PageLocation, planetUrl } from "./paths.js";
import { safeHref } from "./safe-url.js";

/** One entry of the river. Every field is plain text (escaped on output) except `html`. */
export interface EntryView {
  id: string;
  title: string | null;
  link: string | null;
  /** Sanitized HTML of the content or excerpt: the one value templates print raw. */
  html: string;
  truncated: boolean;
  datetime: string;
  time: string;
  lang: string | null;
  categories: string[];
  feed_title: string;
  feed_url: string | null;
  site_url: string | null;
  /**
   * Where a page prints entry.liquid's output for this entry: a placeholder, replaced by the
   * markup (rendered once per build) when the page is put together.
   */
  rendered: string;
}

/** A person as an author header shows them. */
export interface AuthorView {
  id: string;
  name: string;
  nick: string | null;
  avatar: string | null;
  /** The person's page in this planet, when they have one. */
  url: string | null;
  links: { name: string; url: string }[];
}

export interface RunView {
  author: AuthorView;
  entries: EntryView[];
}

export interface DayView {
  date: string;
  heading: string;
  runs: RunView[];
}

/** What entry and author views are built from, shared by every page of one planet. */
export interface RiverContext {
  dates: DateFormats;
  feeds: Map<string, StoredFeed>;
  /** Ids of the people who have a page in this planet. */
  peopleWithPages: Set<string>;
  /** Entry views do not depend on the page: the files of one build share them. */
  views: EntryViews;
  /** What the page shows of each entry's body. */
  bodyOf: (entry: RiverEntry) => EntryBody;
  /** Renders entry.liquid for one entry (it sees `entry`, `strings`, `planet`, `site`). */
  renderEntry: (entry: EntryView) => string;
}

/** The days of a river page, seen from the page at `at`. */
export function dayViews(days: DayGroup[], at: PageLocation, ctx: RiverContext): DayView[] {
  const authors = new Map<string, AuthorView>();
  const authorOf = (person: PersonSpec): AuthorView => {
    let view = authors.get(person.id);
    if (view === undefined) {
      view = authorView(person, at, ctx.peopleWithPages);
      authors.set(person.id, view);
    }
    return view;
  };
  return days.map((day) => ({
    date: day.day,
    heading: ctx.dates.day(day.day),
    runs: day.runs.map((run) => ({
      author: authorOf(run.person),
      entries: run.entries.map((entry) => cachedEntryView(entry, ctx)),
    })),
  }));
}

/** An author header's person, with links checked and made relative to the page. */
export function authorView(person: PersonSpec, at: PageLocation, pages: Set<string>): AuthorView {
  const links: { name: string; url: string }[] = [];
  for (const link of person.links) {
    const url = safeHref(link.url);
    if (url !== null) links.push({ name: link.name, url });
  }
  return {
    id: person.id,
    name: person.name,
    nick: person.nick,
    avatar: avatarUrl(at, person.avatar),
    url: pages.has(person.id) ? planetUrl(at, `people/${person.id}/`) : null,
    links,
  };
}

function cachedEntryView(river: RiverEntry, ctx: RiverContext): EntryView {
  return ctx.views.use(river, () => entryView(river, ctx));
}

function entryView(river: RiverEntry, ctx: RiverContext): EntryView {
  const fields = entryFields(river, ctx);
  // An entry looks the same on every page that shows it (its links are absolute), so its
  // markup is rendered once, when a page first prints it, and shared with the other files.
  const view: EntryView = { ...fields, rendered: "" };
  view.rendered = ctx.views.placeholderFor(river, () => ctx.renderEntry(view));
  return view;
}

function entryFields(river: RiverEntry, ctx: RiverContext): Omit<EntryView, "rendered"> {
  const { entry } = river;
  const feed = ctx.feeds.get(entry.feedUrl);
  const title = entry.title?.trim() ? entry.title : null;
  const body = ctx.bodyOf(river);
  return {
    id: entryAnchor(entry),
    title,
    link: safeHref(entry.link),
    html: focusableScrollRegions(body.html),
    truncated: body.truncated,
    datetime: entry.date,
    time: ctx.dates.time(entry.date),
    lang: languageTag(river.language),
    categories: entry.categories,
    feed_title: feedTitleOf(river, ctx.feeds),
    feed_url: safeHref(/^https?:/i.test(entry.feedUrl) ? entry.feedUrl : null),
    site_url: safeHref(feed?.siteLink),
  };
}

/** The entry's anchor, the same on every page that shows it. */
export function entryAnchor(entry: { feedUrl: string; key: string }): string {
  return `e-${shortHash(`${entry.feedUrl} ${entry.key}`)}`;
}

/** The name an entry's feed goes by: the subscription's title, else the feed's, else its URL. */
export function feedTitleOf(river: RiverEntry, feeds: Map<string, StoredFeed>): string {
  return river.feedTitle ?? feeds.get(river.entry.feedUrl)?.title ?? river.entry.feedUrl;
}

/** A well-formed BCP 47 tag, or null: a lang attribute must not carry arbitrary text. */
export function languageTag(language: string | null): string | null {
  if (language === null) return null;
  return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : null;
}

/** FNV-1a, for stable short anchors; not for security. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
