/** `type: html` subscriptions: a web page read by microformats, or by CSS selector `rules:`. */
import { compile } from "css-select";
import type { HtmlRules, HtmlSource } from "../model.js";
import { compileDatePattern } from "../parse/index.js";
import { checkTimeZone } from "./checks.js";
import { readChoice, readString, reportMissing } from "./scalars.js";
import { isAbsent, type Reader, readFields, report, type Value } from "./yaml-reader.js";

const RULE_KEYS = [
  "entry",
  "title",
  "link",
  "date",
  "date_format",
  "timezone",
  "content",
  "author",
] as const;

/** Reads a feed's `type` and `rules`; null for a feed, an HtmlSource for a page. */
export function readHtmlSource(r: Reader, type: Value, rules: Value): HtmlSource | null {
  const kind = readChoice(r, type, ["feed", "html"] as const) ?? "feed";
  if (kind === "feed") {
    if (!isAbsent(rules)) report(r, rules, "rules apply to web pages only: add `type: html`");
    return null;
  }
  return { rules: readRules(r, rules) };
}

function readRules(r: Reader, v: Value): HtmlRules | null {
  const f = readFields(r, v, RULE_KEYS);
  if (f === null) return null;
  if (isAbsent(f.entry)) reportMissing(r, f.entry);
  const selector = (at: Value) => checkSelector(r, at, readString(r, at));
  const dateFormat = readString(r, f.date_format);
  if (dateFormat !== null) {
    const compiled = compileDatePattern(dateFormat);
    if ("error" in compiled) report(r, f.date_format, compiled.error);
  }
  return {
    entry: selector(f.entry) ?? "",
    title: selector(f.title),
    link: selector(f.link),
    date: selector(f.date),
    dateFormat,
    timeZone: checkTimeZone(r, f.timezone, readString(r, f.timezone)),
    content: selector(f.content),
    author: selector(f.author),
  };
}

function checkSelector(r: Reader, v: Value, text: string | null): string | null {
  if (text === null) return null;
  try {
    compile(text);
    return text;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    report(r, v, `not a CSS selector css-select understands (${why}): "${text}"`);
    return null;
  }
}
