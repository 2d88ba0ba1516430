/**
 * The sanitizer's single pass: htmlparser2's streaming parser reads the HTML, and every element
 * is kept (allow-listed), unwrapped (its content kept) or dropped with all it holds, as the
 * policy says. The output is written as it is read, every element closed where it ends.
 *
 * Idempotence: reading the output again must give the same structure. htmlparser2 closes an
 * open element when certain others open right inside it (a `<div>` closes a `<p>`); in the
 * input an unwrapped element in between may have prevented that (`<p><font><div>`), in the
 * output it is gone. So the writer applies the same rule to what it has written: before an
 * element opens, the elements it would close on re-reading are closed in the output, and the
 * input's own close of them later writes nothing.
 *
 * A line-numbered highlighter table (see code-blocks.ts) is read whole as it streams by and
 * written as the `<pre><code>` it stands for.
 *
 * Depth: elements nested deeper than MAX_DEPTH in the output are unwrapped (their content is
 * kept). A hostile entry of 100,000 nested elements would otherwise reach every reader's
 * browser, and browsers themselves stop nesting at 512 (HTML's parser in Chromium/WebKit).
 */
import { Parser } from "htmlparser2";
import { type Ancestor, CodeTableReader, isCodeTable } from "./code-blocks.js";
import { escapeText, openTag, VOID_TAGS } from "./open-tag.js";
import { ALLOWED_TAGS, DROPPED_WITH_CONTENT } from "./policy.js";
import { type TagContext, transformTag } from "./transform-tag.js";

const ALLOWED = new Set(ALLOWED_TAGS);
/** How deep the output's elements may nest; deeper ones are unwrapped. */
export const MAX_DEPTH = 256;
const DROPPED = new Set(DROPPED_WITH_CONTENT);

// htmlparser2's "open implies close" rules (Parser.ts, openImpliesClose), for allowed elements.
const P = ["p"];
const CLOSED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    tr: ["tr", "th", "td"], th: ["th"], td: ["thead", "th", "td"], li: ["li"], dd: ["dd", "dt"],
    dt: ["dd", "dt"], rt: ["rt", "rp"], rp: ["rt", "rp"], tbody: ["thead", "tbody"],
    tfoot: ["thead", "tbody"], p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P, address: P,
    article: P, aside: P, blockquote: P, details: P, div: P, dl: P, figcaption: P, figure: P,
    footer: P, header: P, hr: P, ol: P, pre: P, section: P, table: P, ul: P,
  }).map(([tag, closed]) => [tag, new Set(closed)]),
); // biome-ignore format: a table, kept dense

/** One element of the input: as read, as written, and whether it is open in the output. */
interface Frame {
  source: Ancestor;
  name: string;
  attribs: Record<string, string>;
  open: boolean;
  // Where its start tag is in the output, so that a code table can name its language there.
  tagStart: number;
  tagEnd: number;
}

class Cleaner {
  out = "";
  /** How many elements were unwrapped for nesting deeper than MAX_DEPTH. */
  flattened = 0;
  private readonly frames: Frame[] = [];
  // The frames open in the output, innermost last: what re-reading it would have open.
  private readonly written: Frame[] = [];
  // Inside an element dropped with its content: how deep.
  private skip = 0;
  private table: CodeTableReader | null = null;

  constructor(private readonly context: TagContext) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.skip > 0) {
      this.skip++;
    } else if (this.table !== null) {
      this.table.open(name, attribs);
    } else if (isCodeTable(name, attribs)) {
      this.table = new CodeTableReader();
      this.table.open(name, attribs);
    } else {
      this.element({ name, attribs });
    }
  }

  ontext(text: string): void {
    if (this.skip > 0) return;
    if (this.table !== null) this.table.text(text);
    else this.out += escapeText(text);
  }

  onclosetag(): void {
    if (this.skip > 0) {
      this.skip--;
    } else if (this.table !== null) {
      if (this.table.close()) this.writeTable(this.table);
    } else {
      const frame = this.frames.pop();
      if (frame?.open) this.closeThrough(frame);
    }
  }

  /** Closes what is still open at the end of the input. */
  finish(): string {
    const outermost = this.written[0];
    if (outermost) this.closeThrough(outermost);
    return this.out;
  }

  private element(source: Ancestor): void {
    const rewritten = transformTag(source.name, source.attribs, this.context);
    const { tagName: name, attribs } = rewritten;
    if (rewritten.dropped || DROPPED.has(name)) {
      this.skip = 1;
      return;
    }
    const frame = { source, name, attribs, open: false, tagStart: 0, tagEnd: 0 };
    const tooDeep = this.written.length >= MAX_DEPTH;
    if (tooDeep && ALLOWED.has(name)) this.flattened++;
    if (ALLOWED.has(name) && !tooDeep) {
      this.closeImplied(name);
      frame.tagStart = this.out.length;
      this.out += openTag(name, attribs);
      frame.tagEnd = this.out.length;
      if (rewritten.text !== undefined) {
        // A replacement text stands for all the element held.
        this.out += `${escapeText(rewritten.text)}</${name}>`;
        this.skip = 1;
        return;
      }
      frame.open = !VOID_TAGS.has(name);
      if (frame.open) this.written.push(frame);
    }
    this.frames.push(frame);
  }

  private writeTable(table: CodeTableReader): void {
    this.table = null;
    const { code, language } = table.result(this.frames.map((f) => f.source));
    const within = (name: string) => this.frames.findLast((f) => f.source.name === name);
    if (within("pre")) {
      // Rouge wraps the table in <pre><code>: keep that wrapper, put the plain code in it.
      const wrapper = within("code");
      if (wrapper?.open && language) this.rewriteStartTag(wrapper, `language-${language}`);
      this.out += escapeText(code);
      return;
    }
    this.closeImplied("pre");
    const start = openTag("code", language ? { class: `language-${language}` } : {});
    this.out += `<pre>${start}${escapeText(code)}</code></pre>`;
  }

  private rewriteStartTag(frame: Frame, className: string): void {
    frame.attribs = { ...frame.attribs, class: className };
    const tag = openTag(frame.name, frame.attribs);
    this.out = this.out.slice(0, frame.tagStart) + tag + this.out.slice(frame.tagEnd);
    frame.tagEnd = frame.tagStart + tag.length;
  }

  private closeImplied(name: string): void {
    const closed = CLOSED_BY.get(name);
    if (closed === undefined) return;
    for (let top = this.written.at(-1); top && closed.has(top.name); top = this.written.at(-1)) {
      this.closeThrough(top);
    }
  }

  // The input is well nested, so `frame` is the innermost written one; the loop is a safeguard.
  private closeThrough(frame: Frame): void {
    for (let top = this.written.pop(); top; top = this.written.pop()) {
      top.open = false;
      this.out += `</${top.name}>`;
      if (top === frame) return;
    }
  }
}

/** The HTML reduced to the policy in one streaming pass, and how many elements nested too deep. */
export function cleanHtml(html: string, context: TagContext): { html: string; flattened: number } {
  const cleaner = new Cleaner(context);
  const parser = new Parser(
    {
      onopentag: (name, attribs) => cleaner.onopentag(name, attribs),
      ontext: (text) => cleaner.ontext(text),
      onclosetag: () => cleaner.onclosetag(),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { html: cleaner.finish(), flattened: cleaner.flattened };
}
