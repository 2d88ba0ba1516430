/**
 * Syntax highlighters that number lines put the numbers in a table column beside the code:
 * Rouge (`table.rouge-table`, `td.rouge-gutter`), Pygments (`table.highlighttable`,
 * `td.linenos`), Hugo's Chroma (`table.lntable`) and highlight.js-line-numbers (`table.hljs-ln`,
 * one row per line). In a river, in a feed reader or as plain text that reads "1 2 3 ... 14"
 * before every listing, so each such table becomes one `<pre><code>` holding the code only.
 */
import render from "dom-serializer";
import { type ChildNode, Element, type ParentNode, Text } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";

const CODE_TABLE = /\b(?:rouge-table|highlighttable|lntable|hljs-ln)\b/;
const GUTTER_CELL = /\b(?:rouge-gutter|linenos|hljs-ln-numbers|gutter|lineno)\b/;
const LANGUAGE = /\blanguage-([\w+#.-]+)/;

/** Cheap test on the raw HTML: only documents that may hold a code table pay for a DOM pass. */
export function mayHaveCodeTable(html: string): boolean {
  return CODE_TABLE.test(html);
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
  if (node instanceof Text) return node.data;
  if (!(node instanceof Element)) return "";
  if (node.name === "br") return "\n";
  return node.children.map(codeText).join("");
}

function codeOfTable(table: Element): string {
  const rows = DomUtils.getElementsByTagName("tr", table, true);
  const lines = rows.map((row) => {
    const cells = row.children.filter(
      (c): c is Element => c instanceof Element && (c.name === "td" || c.name === "th"),
    );
    return cells
      .filter((c) => !isGutterCell(c))
      .map(codeText)
      .join("");
  });
  // One row per line (hljs-ln) needs the breaks back; one row for all (Rouge) already has them.
  return lines.map((l) => l.replace(/\n$/, "")).join("\n");
}

function languageNear(table: Element): string | null {
  const inside = DomUtils.findOne((e) => LANGUAGE.test(classOf(e)), table.children, true);
  if (inside) return LANGUAGE.exec(classOf(inside))?.[1] ?? null;
  for (let up: ParentNode | null = table.parent; up instanceof Element; up = up.parent) {
    const match = LANGUAGE.exec(classOf(up)) ?? /^([\w+#.-]+)$/.exec(up.attribs["data-lang"] ?? "");
    if (match) return match[1];
  }
  return null;
}

function closest(node: Element, name: string): Element | null {
  for (let up = node.parent; up instanceof Element; up = up.parent) {
    if (up.name === name) return up;
  }
  return null;
}

function closestCodeTable(node: Element): Element | null {
  for (let up = node.parent; up instanceof Element; up = up.parent) {
    if (up.name === "table" && CODE_TABLE.test(classOf(up))) return up;
  }
  return null;
}

function flattenTable(table: Element): void {
  const text = new Text(codeOfTable(table));
  const language = languageNear(table);
  const pre = closest(table, "pre");
  if (pre) {
    // Rouge wraps the table in <pre><code>: keep that wrapper, put the plain code in it.
    const code = closest(table, "code");
    if (code && language) code.attribs.class = `language-${language}`;
    DomUtils.replaceElement(table, text);
    return;
  }
  const code = new Element("code", language ? { class: `language-${language}` } : {}, [text]);
  const wrapper = new Element("pre", {}, [code]);
  code.parent = wrapper;
  text.parent = code;
  DomUtils.replaceElement(table, wrapper);
}

/** The HTML with every line-numbered highlighter table replaced by a plain `<pre><code>`. */
export function flattenCodeTables(html: string): string {
  if (!mayHaveCodeTable(html)) return html;
  const document = parseDocument(html);
  const tables = DomUtils.findAll(
    (e) => e.name === "table" && CODE_TABLE.test(classOf(e)),
    document.children,
  );
  // Code tables do not nest; if one ever does, the outer one wins and takes the inner along.
  for (const table of tables) if (!closestCodeTable(table)) flattenTable(table);
  return render(document, { encodeEntities: "utf8", decodeEntities: true });
}
