/**
 * The common RSS/Atom extension elements of one feed or entry element, spec-shaped:
 * content (https://web.resource.org/rss/1.0/modules/content/), Dublin Core
 * (https://www.dublincore.org/specifications/dublin-core/dces/), Media RSS
 * (https://www.rssboard.org/media-rss), iTunes (https://help.apple.com/itc/podcasts_connect/#/itcb54353390),
 * syndication (https://web.resource.org/rss/1.0/modules/syndication/), atom:link in RSS.
 */
import { NS } from "../namespaces.js";
import { attr, trimmedText } from "../xml/query.js";
import type { XmlElement } from "../xml/tree.js";

/** One media:content. */
export interface MediaContent {
  url: string;
  type: string | null;
  medium: string | null;
  fileSize: string | null;
}

/** Extension data found directly in one element. */
export interface Extensions {
  contentEncoded: XmlElement | null;
  dcCreators: string[];
  dcContributors: string[];
  dcDate: string | null;
  dcSubjects: string[];
  dcLanguage: string | null;
  dcRights: string | null;
  dcTitle: string | null;
  dcDescription: string | null;
  mediaContents: MediaContent[];
  mediaThumbnails: string[];
  mediaDescription: XmlElement | null;
  itunesAuthor: string | null;
  itunesImage: string | null;
  itunesSummary: string | null;
  atomLinks: XmlElement[];
  syPeriod: string | null;
  syFrequency: string | null;
}

/** Reads the extension elements that are children of `el`. */
export function readExtensions(el: XmlElement): Extensions {
  const ext: Extensions = {
    contentEncoded: null,
    dcCreators: [],
    dcContributors: [],
    dcDate: null,
    dcSubjects: [],
    dcLanguage: null,
    dcRights: null,
    dcTitle: null,
    dcDescription: null,
    mediaContents: [],
    mediaThumbnails: [],
    mediaDescription: null,
    itunesAuthor: null,
    itunesImage: null,
    itunesSummary: null,
    atomLinks: [],
    syPeriod: null,
    syFrequency: null,
  };
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.ns === NS.dc || c.ns === NS.dcterms) readDublinCore(c, ext);
    else if (c.ns === NS.media) readMedia(c, ext);
    else if (c.ns === NS.content && c.name === "encoded") ext.contentEncoded ??= c;
    else if (c.ns === NS.itunes) readItunes(c, ext);
    else if (c.ns === NS.atom10 && c.name === "link") ext.atomLinks.push(c);
    else if (c.ns === NS.sy && c.name === "updatePeriod") ext.syPeriod = trimmedText(c);
    else if (c.ns === NS.sy && c.name === "updateFrequency") ext.syFrequency = trimmedText(c);
  }
  return ext;
}

function readDublinCore(c: XmlElement, ext: Extensions): void {
  const text = trimmedText(c);
  if (text === null) return;
  switch (c.name) {
    case "creator":
      ext.dcCreators.push(text);
      break;
    case "contributor":
      ext.dcContributors.push(text);
      break;
    case "date":
    case "modified":
    case "issued":
      ext.dcDate ??= text;
      break;
    case "subject":
      ext.dcSubjects.push(text);
      break;
    case "language":
      ext.dcLanguage ??= text;
      break;
    case "rights":
      ext.dcRights ??= text;
      break;
    case "title":
      ext.dcTitle ??= text;
      break;
    case "description":
      ext.dcDescription ??= text;
      break;
  }
}

function readMedia(c: XmlElement, ext: Extensions): void {
  if (c.name === "content") {
    const url = attr(c, "url");
    if (url !== null) {
      ext.mediaContents.push({
        url,
        type: attr(c, "type"),
        medium: attr(c, "medium"),
        fileSize: attr(c, "fileSize"),
      });
    }
    readMediaChildren(c, ext);
  } else if (c.name === "group") readMediaChildren(c, ext);
  else if (c.name === "thumbnail") {
    const url = attr(c, "url");
    if (url !== null) ext.mediaThumbnails.push(url);
  } else if (c.name === "description") ext.mediaDescription ??= c;
}

function readMediaChildren(c: XmlElement, ext: Extensions): void {
  for (const g of c.children) if (typeof g !== "string" && g.ns === NS.media) readMedia(g, ext);
}

function readItunes(c: XmlElement, ext: Extensions): void {
  if (c.name === "author") ext.itunesAuthor ??= trimmedText(c);
  else if (c.name === "image") ext.itunesImage ??= attr(c, "href") ?? trimmedText(c);
  else if (c.name === "summary") ext.itunesSummary ??= trimmedText(c);
}
