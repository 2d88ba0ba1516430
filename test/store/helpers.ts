/** Builders and a temp-dir store shared by the store tests. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Entry, Feed, FetchState, PersonSpec, SubscriptionSpec } from "../../src/model.js";
import { emptyEntry, emptyFeed } from "../../src/parse/index.js";
import { type FeedUpdate, openStore, type Store } from "../../src/store/index.js";

/** An entry with every field empty but those given. */
export function entry(fields: Partial<Entry>): Entry {
  return { ...emptyEntry(), ...fields };
}

/** Entry number `n` of a blog: id, link, title, content and a date `n` days into 2024. */
export function post(n: number, fields: Partial<Entry> = {}): Entry {
  const day = String(1 + (n % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, "0");
  return entry({
    id: `tag:blog.example.org,2024:post-${n}`,
    title: `Post ${n}`,
    link: `https://blog.example.org/posts/${n}/`,
    published: `2024-${month}-${day}T10:00:00Z`,
    content: `<p>Body of post ${n}.</p>`,
    ...fields,
  });
}

/** A feed with a title and site link. */
export function feed(fields: Partial<Feed> = {}): Feed {
  return { ...emptyFeed(), title: "A blog", link: "https://blog.example.org/", ...fields };
}

/** A successful fetch state at `now`. */
export function okState(url: string, now: string, fields: Partial<FetchState> = {}): FetchState {
  return {
    url,
    etag: '"v1"',
    lastModified: null,
    lastStatus: 200,
    lastFetched: now,
    lastSuccess: now,
    lastError: null,
    consecutiveFailures: 0,
    firstFailure: null,
    nextDue: null,
    movedTo: null,
    gone: false,
    ...fields,
  };
}

export const FEED_URL = "https://blog.example.org/feed.xml";
export const NOW = "2024-12-01T12:00:00Z";

/** An update of FEED_URL by person "ada" at NOW; fields override. */
export function update(entries: Entry[], fields: Partial<FeedUpdate> = {}): FeedUpdate {
  const url = fields.url ?? FEED_URL;
  const now = fields.now ?? NOW;
  return {
    url,
    personId: "ada",
    state: okState(url, now),
    feed: feed(),
    entries,
    warnings: [],
    now,
    newFeedItems: 10,
    ...fields,
  };
}

/** A person spec. */
export function person(id: string): PersonSpec {
  return { id, name: `Person ${id}`, nick: null, avatar: null, links: [] };
}

/** A subscription spec. */
export function subscription(url: string, personId: string): SubscriptionSpec {
  return { url, personId, title: null, tags: [], filter: null, userAgent: null, headers: {} };
}

/** A fresh temp folder; `cleanup` removes it. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "orrery-store-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Opens a store on a new SQLite file in a temp folder; `cleanup` closes and removes it. */
export async function tempStore(): Promise<{
  store: Store;
  file: string;
  cleanup: () => Promise<void>;
}> {
  const { dir, cleanup } = await tempDir();
  const file = join(dir, "orrery.db");
  const opened = await openStore(file);
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.store;
  return {
    store,
    file,
    cleanup: async () => {
      await store.close();
      await cleanup();
    },
  };
}
