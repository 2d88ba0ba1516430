/**
 * The excerpt's cut found by scanning markup in the form the sanitizer writes it: lower-case
 * tags, quoted attributes, every element closed in order, no comments or raw-text elements. It
 * sees the same tags, texts and offsets as htmlparser2 would, several times faster, and gives
 * up (null) at the first thing it does not expect, so that the parser reads such markup instead.
 */
import { type CutState, type ExcerptLimit, emptyCut, onClose, onOpen, onText } from "./excerpt.js";

// A start or end tag from its "<": name, attributes (quoted or bare values), optional "/".
const TAG =
  /<(\/?)([a-z][a-z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;

// htmlparser2's void elements: their start tag closes them at once.
// biome-ignore format: a word list, kept dense
const VOID = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
  "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

// Raw text, foreign content and form controls: the parser reads these in ways of their own.
// biome-ignore format: a word list, kept dense
const GIVE_UP = new Set([
  "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
  "plaintext", "svg", "math", "select", "input", "output", "button", "datalist", "option",
  "optgroup", "body", "head",
]);

// HTML's rule that a start tag closes some open elements (htmlparser2 applies it for the tag
// on top of the stack): the sanitizer never leaves them open, so meeting one means giving up.
const P = ["p"];
// biome-ignore format: a table, kept dense
const CLOSES: Record<string, readonly string[]> = {
  tr: ["tr", "th", "td"], th: ["th"], td: ["thead", "th", "td"], li: ["li"],
  dd: ["dd", "dt"], dt: ["dd", "dt"], rt: ["rt", "rp"], rp: ["rt", "rp"],
  tbody: ["thead", "tbody"], tfoot: ["thead", "tbody"],
  p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P, address: P, article: P, aside: P,
  blockquote: P, details: P, div: P, dl: P, fieldset: P, figcaption: P, figure: P, footer: P,
  form: P, header: P, hr: P, main: P, nav: P, ol: P, pre: P, section: P, table: P, ul: P,
};

/** The cut of `html`, or null when its markup is not what the sanitizer writes. */
export function scanCut(html: string, limit: ExcerptLimit): CutState | null {
  const state = emptyCut();
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at) {
      onText(state, html.slice(at, textEnd), at, limit);
      if (state.restHasContent) return state;
    }
    if (lt === -1) break;
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (tag === null) return null;
    const [whole, closing, name = "", , selfClosing] = tag;
    const end = lt + whole.length - 1;
    if (closing) {
      if (selfClosing || state.stack[state.stack.length - 1] !== name) return null;
      onClose(state, name, end, limit);
    } else {
      if (!opensPlainly(state.stack, name, selfClosing === "/")) return null;
      onOpen(state, name);
      if (state.restHasContent) return state;
      if (VOID.has(name)) onClose(state, name, end, limit);
    }
    at = end + 1;
  }
  return state;
}

// True when htmlparser2 would just open `name`: no implied close, raw text or foreign content.
function opensPlainly(stack: readonly string[], name: string, selfClosing: boolean): boolean {
  if (GIVE_UP.has(name) || (selfClosing && !VOID.has(name))) return false;
  const top = stack[stack.length - 1];
  return top === undefined || !(CLOSES[name]?.includes(top) ?? false);
}
