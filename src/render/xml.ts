/** Writing XML by hand, safely: every text and attribute value goes through `escapeXml`. */

// Characters XML 1.0 forbids even escaped (https://www.w3.org/TR/xml/#charsets); a feed may
// carry them, and one would make the whole document unreadable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it removes.
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type Attrs = Record<string, string | null | undefined>;

/** `<name attr="v">text</name>`, text escaped; null text gives nothing at all. */
export function textElement(
  name: string,
  text: string | null | undefined,
  attrs: Attrs = {},
): string {
  if (text === null || text === undefined) return "";
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

/** `<name attr="v"/>`; attributes with null values are left out. */
export function emptyElement(name: string, attrs: Attrs): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** `<name>children</name>` where children are already-built XML. */
export function parentElement(name: string, children: string[], attrs: Attrs = {}): string {
  return `<${name}${attributes(attrs)}>${children.join("")}</${name}>`;
}

function attributes(attrs: Attrs): string {
  let out = "";
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) out += ` ${key}="${escapeXml(value)}"`;
  }
  return out;
}

/** RFC 822 dates for RSS and OPML ("Sun, 13 Oct 2019 14:34:00 GMT"). */
export function rfc822(iso: string): string | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toUTCString();
}
