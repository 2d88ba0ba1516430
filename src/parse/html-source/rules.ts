/** CSS selector rules: one element per entry, and where in it the title, link, date, ... are. */
import { selectAll, selectOne } from "css-select";
import type { AnyNode, Document, Element } from "domhandler";
import type { Entry, HtmlRules } from "../../model.js";
import { parseDate } from "../date/index.js";
import { emptyEntry } from "../result.js";
import { compileDatePattern, type DatePattern, readPatternDate } from "./date-format.js";
import { attr, hrefOf, innerHtmlOf, textOf } from "./dom.js";

/** The entries the rules find; an error when the entry selector matches nothing. */
export function readRuleEntries(
  doc: Document,
  rules: HtmlRules,
  base: string | null,
): { entries: Entry[]; warnings: string[] } | { error: string } {
  const elements = selectAll<AnyNode, Element>(rules.entry, doc);
  if (elements.length === 0) {
    return { error: `no element of the page matches the entry selector "${rules.entry}"` };
  }
  const pattern = rules.dateFormat === null ? null : compileDatePattern(rules.dateFormat);
  if (pattern !== null && "error" in pattern) return { error: pattern.error };
  const warnings: string[] = [];
  const entries = elements.map((el, i) => {
    const entry = toEntry(el, rules, pattern, base);
    if (rules.date !== null && entry.published === null) {
      warnings.push(`entry ${i + 1}: no date found with "${rules.date}"`);
    }
    return entry;
  });
  return { entries, warnings };
}

function toEntry(
  el: Element,
  rules: HtmlRules,
  pattern: DatePattern | null,
  base: string | null,
): Entry {
  const pick = (selector: string | null) => (selector === null ? null : selectOne(selector, el));
  const titleEl = pick(rules.title);
  const linkEl = pick(rules.link);
  const contentEl = pick(rules.content);
  const authorEl = pick(rules.author);
  const link = linkEl === null ? null : hrefOf(linkEl, base);
  const author = authorEl === null ? null : textOf(authorEl);
  return {
    ...emptyEntry(),
    id: link,
    title: titleEl === null ? null : textOf(titleEl),
    link,
    published:
      rules.date === null
        ? null
        : readDate(selectAll(rules.date, el), pattern, rules.timeZone ?? null),
    author: author === null ? null : { name: author, email: null, uri: null },
    content: contentEl === null ? null : innerHtmlOf(contentEl),
    base,
  };
}

/** A `<time datetime>` says it exactly; otherwise the matches' text, read with the pattern. */
function readDate(
  elements: Element[],
  pattern: DatePattern | null,
  timeZone: string | null,
): string | null {
  const stated = elements.map((e) => attr(e, "datetime")).find((d) => d !== null);
  if (stated != null) return parseDate(stated);
  const text = elements.map((e) => textOf(e) ?? "").join(" ");
  return pattern === null ? parseDate(text) : readPatternDate(text, pattern, timeZone);
}
