/**
 * A Venus feed section (`[https://blog.example.org/feed/]`) → a person and their feed. Keys that
 * are URLs are kept as the person's links; the rest that do not map are returned for the report.
 */
import type { FeedDraft } from "../../edit/index.js";
import type { IniSection, IniValue } from "./ini.js";

/** What one feed section says about its person and feed. */
export interface FeedSettings {
  /** username, else nick: the id and nick the person is known by across files. */
  nick: string | null;
  name: string | null;
  avatar: string | null;
  links: Record<string, string>;
  feed: FeedDraft;
  unmapped: Array<[string, IniValue, string]>;
}

const IGNORED_WITH_AVATAR = new Set(["facewidth", "faceheight"]);

/** Reads a feed section; the section name is the feed URL. */
export function readFeedSection(section: IniSection): FeedSettings {
  const out: FeedSettings = {
    nick: null,
    name: null,
    avatar: null,
    links: {},
    feed: { url: section.name },
    unmapped: [],
  };
  const filter: { include?: string; exclude?: string } = {};
  for (const [key, v] of section.values) {
    const why = readKey(out, filter, key, v.value);
    if (why !== null) out.unmapped.push([key, v, why]);
  }
  if (filter.include !== undefined || filter.exclude !== undefined) out.feed.filter = filter;
  return out;
}

function readKey(
  out: FeedSettings,
  filter: { include?: string; exclude?: string },
  key: string,
  value: string,
): string | null {
  switch (key) {
    case "name":
      out.name = value;
      return null;
    case "username":
    case "nick":
      out.nick = out.nick ?? value;
      return null;
    case "face":
    case "avatar":
      out.avatar = value;
      return null;
    case "gravatar":
      if (!/^[0-9a-f]{32,64}$/i.test(value)) return "not a Gravatar hash";
      out.avatar = out.avatar ?? `https://www.gravatar.com/avatar/${value.toLowerCase()}`;
      return null;
    case "filter":
      filter.include = value;
      return null;
    case "exclude":
      filter.exclude = value;
      return null;
  }
  if (IGNORED_WITH_AVATAR.has(key)) return "avatars are sized by the theme";
  if (/^https?:\/\/\S+$/i.test(value)) {
    out.links[key] = value;
    return null;
  }
  return "no Orrery setting does this";
}
