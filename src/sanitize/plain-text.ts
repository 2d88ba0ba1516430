/** Plain text out of HTML, for titles, meta descriptions and the search index. */
import { Parser } from "htmlparser2";

// Elements whose boundaries separate words ("<p>a</p><p>b</p>" reads "a b", not "ab").
// biome-ignore format: a word list, kept dense
const SEPARATING = new Set([
  "p", "div", "br", "hr", "li", "dt", "dd", "tr", "td", "th", "caption", "pre", "blockquote",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure", "figcaption",
  "section", "article", "aside", "header", "footer", "details", "summary", "address", "img",
]);
// Elements whose text is not prose (the input may be unsanitized, e.g. a feed title).
const HIDDEN = new Set(["script", "style", "template", "noscript", "textarea", "title", "head"]);

/** Plain text for titles, meta descriptions, search: entities decoded, blocks separated, whitespace collapsed. */
export function toPlainText(html: string): string {
  if (typeof html !== "string" || html === "") return "";
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (SEPARATING.has(name)) parts.push(" ");
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (SEPARATING.has(name)) parts.push(" ");
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts.join("").replace(/\s+/g, " ").trim();
}
