/**
 * Writing one kept element's start tag: only the allow-listed attributes, empty values only
 * where the policy allows them, class only as a code block's language, every URL checked once
 * more for its scheme (a second line of defence behind transformTag), values escaped.
 */
import { ALLOWED_ATTRIBUTES, EMPTY_ATTRIBUTES } from "./policy.js";

/** Elements written as `<x />`: the output stays well-formed even read as XML (feeds embed it). */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  "img", "br", "hr", "wbr", "source", "track", "col", "area",
]); // biome-ignore format: a word list

const GLOBAL = ALLOWED_ATTRIBUTES["*"] ?? [];
const ALLOWED_BY_TAG = new Map(
  Object.entries(ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, new Set([...names, ...GLOBAL])]),
);
const ALLOWED_ANYWHERE = new Set(GLOBAL);
const EMPTY_ALLOWED = new Set(EMPTY_ATTRIBUTES);
const CHECKED_URLS = new Set(["href", "src", "cite", "poster", "longdesc"]);
const LANGUAGE_CLASS = /^language-[\w+#.-]+$/;

/** `&`, `<` and `>` escaped: text that reads back as the same text, never as markup. */
export function escapeText(text: string): string {
  // Each replacement copies the text: only those it needs run (most texts hold only a `&`).
  let out = text.includes("&") ? text.replace(/&/g, "&amp;") : text;
  if (out.includes("<")) out = out.replace(/</g, "&lt;");
  return out.includes(">") ? out.replace(/>/g, "&gt;") : out;
}

function escapeAttribute(value: string): string {
  if (!/[&<>"]/.test(value)) return value;
  return escapeText(value).replace(/"/g, "&quot;");
}

// As a browser reads the scheme: spaces and control characters anywhere are ignored.
function schemeAllowed(tag: string, name: string, value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters browsers ignore
  const bare = value.replace(/[\u0000-\u0020]+/g, "");
  const scheme = /^([a-z][a-z0-9.+-]*):/i.exec(bare)?.[1].toLowerCase();
  if (scheme === undefined) return !/^[\\/]{2}/.test(bare);
  if (scheme === "http" || scheme === "https") return true;
  if (tag === "img" && name === "src") return scheme === "data";
  return scheme === "mailto";
}

function srcsetAllowed(value: string): boolean {
  return value.split(/,\s+/).every((candidate) => schemeAllowed("source", "srcset", candidate));
}

// The value written for an attribute, or null when it is left out.
function keptValue(tag: string, name: string, value: string): string | null {
  if (value === "") return EMPTY_ALLOWED.has(name) ? "" : null;
  if (CHECKED_URLS.has(name)) return schemeAllowed(tag, name, value) ? value : null;
  if (name === "srcset") return srcsetAllowed(value) ? value : null;
  if (name === "class") return value.split(/\s+/).find((c) => LANGUAGE_CLASS.test(c)) ?? null;
  return value;
}

/** The start tag of a kept element, with what of `attribs` the policy allows on it. */
export function openTag(tag: string, attribs: Readonly<Record<string, string>>): string {
  const allowed = ALLOWED_BY_TAG.get(tag) ?? ALLOWED_ANYWHERE;
  let out = `<${tag}`;
  for (const name in attribs) {
    if (!allowed.has(name)) continue;
    const value = keptValue(tag, name, attribs[name]);
    if (value !== null) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return VOID_TAGS.has(tag) ? `${out} />` : `${out}>`;
}
