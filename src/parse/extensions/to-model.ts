/** Fills model fields the format left empty from the extension data of the same element. */
import type { Entry, Feed } from "../../model.js";
import type { ParseContext } from "../context.js";
import { byteLength, linkFromElement } from "../links.js";
import { unique } from "../result.js";
import { htmlFromUnknown } from "../text/html.js";
import { personFromText } from "../text/person.js";
import { plainFromHtml } from "../text/plain.js";
import { textOf } from "../xml/query.js";
import type { XmlElement } from "../xml/tree.js";
import type { Extensions } from "./read-extensions.js";

// https://web.resource.org/rss/1.0/modules/syndication/#description
const PERIOD_SECONDS: Readonly<Record<string, number>> = {
  hourly: 3600,
  daily: 86400,
  weekly: 604800,
  monthly: 2592000,
  yearly: 31536000,
};

/** Completes `entry` from the extensions found in its element `el`. */
export function applyEntryExtensions(
  entry: Entry,
  ext: Extensions,
  el: XmlElement,
  ctx: ParseContext,
): void {
  if (ext.contentEncoded !== null) entry.content ??= htmlFromUnknown(textOf(ext.contentEncoded));
  entry.title ??= ext.dcTitle === null ? null : plainFromHtml(ext.dcTitle);
  entry.author ??= personFromText(ext.dcCreators[0] ?? ext.itunesAuthor);
  for (const c of ext.dcContributors) {
    const p = personFromText(c);
    if (p !== null) entry.contributors.push(p);
  }
  entry.published ??= ctx.date(ext.dcDate, "dc:date");
  entry.categories = unique([...entry.categories, ...ext.dcSubjects]);
  entry.language ??= ext.dcLanguage;
  entry.summary ??= firstHtml(ext.dcDescription, ext.itunesSummary, ext.mediaDescription);
  addMedia(entry, ext, el, ctx);
  for (const a of ext.atomLinks) {
    const link = linkFromElement(a, ctx);
    if (link !== null) entry.links.push(link);
  }
}

function firstHtml(...sources: (string | XmlElement | null)[]): string | null {
  for (const s of sources) {
    if (s === null) continue;
    const html = htmlFromUnknown(typeof s === "string" ? s : textOf(s));
    if (html !== null) return html;
  }
  return null;
}

function addMedia(entry: Entry, ext: Extensions, el: XmlElement, ctx: ParseContext): void {
  const seen = new Set(entry.enclosures.map((e) => e.url));
  for (const m of ext.mediaContents) {
    const url = ctx.url(m.url, el.base);
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    entry.enclosures.push({ url, type: m.type?.trim() || null, length: byteLength(m.fileSize) });
  }
  entry.image ??= ctx.url(ext.mediaThumbnails[0] ?? ext.itunesImage, el.base);
}

/** Completes `feed` from the extensions found in its element `el`. */
export function applyFeedExtensions(
  feed: Feed,
  ext: Extensions,
  el: XmlElement,
  ctx: ParseContext,
): void {
  feed.title ??= ext.dcTitle === null ? null : plainFromHtml(ext.dcTitle);
  feed.author ??= personFromText(ext.dcCreators[0] ?? ext.itunesAuthor);
  feed.updated ??= ctx.date(ext.dcDate, "dc:date");
  feed.language ??= ext.dcLanguage;
  feed.rights ??= ext.dcRights === null ? null : plainFromHtml(ext.dcRights);
  feed.categories = unique([...feed.categories, ...ext.dcSubjects]);
  feed.logo ??= ctx.url(ext.itunesImage, el.base);
  for (const a of ext.atomLinks) {
    const link = linkFromElement(a, ctx);
    if (link !== null) feed.links.push(link);
  }
  const sy = syndicationInterval(ext);
  if (sy !== null) feed.updateInterval = Math.max(feed.updateInterval ?? 0, sy);
}

function syndicationInterval(ext: Extensions): number | null {
  if (ext.syPeriod === null && ext.syFrequency === null) return null;
  const period = PERIOD_SECONDS[(ext.syPeriod ?? "daily").toLowerCase()];
  const frequency = Number.parseInt(ext.syFrequency ?? "1", 10);
  if (period === undefined || !(frequency > 0)) return null;
  return Math.round(period / frequency);
}
