/**
 * Syntax highlighters that number lines put the numbers in a table column beside the code:
 * Rouge (`table.rouge-table`, `td.rouge-gutter`), Pygments (`table.highlighttable`,
 * `td.linenos`), Hugo's Chroma (`table.lntable`) and highlight.js-line-numbers (`table.hljs-ln`,
 * one row per line). In a river, in a feed reader or as plain text that reads "1 2 3 ... 14"
 * before every listing, so each such table becomes one `<pre><code>` holding the code only.
 */
import type { ChildNode, Element } from "domhandler";
import { DomHandler, DomUtils } from "htmlparser2";

const CODE_TABLE = /\b(?:rouge-table|highlighttable|lntable|hljs-ln)\b/;
const GUTTER_CELL = /\b(?:rouge-gutter|linenos|hljs-ln-numbers|gutter|lineno)\b/;
const LANGUAGE = /\blanguage-([\w+#.-]+)/;

/** True for the start tag of a line-numbered highlighter table. */
export function isCodeTable(name: string, attribs: Readonly<Record<string, string>>): boolean {
  return name === "table" && CODE_TABLE.test(attribs.class ?? "");
}

/** An element around the table, as read: its name and raw attributes. */
export interface Ancestor {
  name: string;
  attribs: Readonly<Record<string, string>>;
}

/** What a code table becomes: its code, and the language named in or around it. */
export interface TableCode {
  code: string;
  language: string | null;
}

function classOf(node: Element): string {
  return node.attribs.class ?? "";
}

// A gutter cell is marked as one, or holds nothing but line numbers.
function isGutterCell(cell: Element): boolean {
  return GUTTER_CELL.test(classOf(cell)) || /^[\d\s]*$/.test(DomUtils.textContent(cell));
}

// Text of a code cell with `<br>` as a line break (some highlighters break lines that way).
function codeText(node: ChildNode): string {
  if (DomUtils.isText(node)) return node.data;
  if (!DomUtils.isTag(node)) return "";
  if (node.name === "br") return "\n";
  return node.children.map(codeText).join("");
}

function codeOfTable(table: Element): string {
  const rows = DomUtils.getElementsByTagName("tr", table, true);
  const lines = rows.map((row) => {
    const cells = row.children.filter(
      (c): c is Element => DomUtils.isTag(c) && (c.name === "td" || c.name === "th"),
    );
    return cells
      .filter((c) => !isGutterCell(c))
      .map(codeText)
      .join("");
  });
  // One row per line (hljs-ln) needs the breaks back; one row for all (Rouge) already has them.
  return lines.map((l) => l.replace(/\n$/, "")).join("\n");
}

function languageNear(table: Element, ancestors: readonly Ancestor[]): string | null {
  const inside = DomUtils.findOne((e) => LANGUAGE.test(classOf(e)), table.children, true);
  if (inside) return LANGUAGE.exec(classOf(inside))?.[1] ?? null;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const { class: names = "", "data-lang": lang = "" } = ancestors[i].attribs;
    const match = LANGUAGE.exec(names) ?? /^([\w+#.-]+)$/.exec(lang);
    if (match) return match[1];
  }
  return null;
}

/**
 * Reads one code table as it streams by (fed from its start tag to its end tag), then says what
 * it becomes. Tables inside it are read along: the outer one wins and takes the inner along.
 */
export class CodeTableReader {
  private readonly handler = new DomHandler();
  private depth = 0;

  open(name: string, attribs: Record<string, string>): void {
    this.depth++;
    this.handler.onopentag(name, attribs);
  }

  text(text: string): void {
    this.handler.ontext(text);
  }

  /** Returns true when the table itself closed. */
  close(): boolean {
    this.handler.onclosetag();
    return --this.depth === 0;
  }

  result(ancestors: readonly Ancestor[]): TableCode {
    this.handler.onend();
    const table = this.handler.root.children[0] as Element;
    return { code: codeOfTable(table), language: languageNear(table, ancestors) };
  }
}
