/**
 * The tolerant pass for documents the strict pass refused: htmlparser2 in XML mode, which
 * closes unclosed tags, survives bare "&" and truncation, and skips garbage. Namespaces are
 * resolved here (htmlparser2 knows none), with common undeclared prefixes assumed.
 */
import { Parser } from "htmlparser2";
import type { TextChunks } from "../encoding/index.js";
import { DEFAULT_PREFIXES, NS } from "../namespaces.js";
import { createTextDecoder, type DecodeProblems } from "./decode-text.js";
import type { Doctype } from "./doctype.js";
import { tolerantInput } from "./tolerant-input.js";
import type { XmlAttr, XmlSink } from "./tree.js";

const MAX_UNCLOSED_WARNINGS = 5;
// XML's end-of-line and attribute-value normalization, as the strict pass applies them
// (https://www.w3.org/TR/xml/#sec-line-ends, #AVNormalize), so that both passes read alike.
const ATTRIBUTE_WHITESPACE = /\r\n|[\t\n\r]/g;

function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Reads whatever structure `chunks` has, reporting to `sink`; never fails. One line per problem. */
export function parseTolerant(
  chunks: TextChunks,
  doctype: Doctype | null,
  sink: XmlSink,
): string[] {
  const warnings: string[] = [];
  const problems: DecodeProblems = {
    bareAmpersands: 0,
    htmlEntities: new Set(),
    unknownEntities: new Set(),
  };
  const decode = createTextDecoder(doctype?.entities ?? {}, problems);
  const scopes: Record<string, string>[] = [{ ...DEFAULT_PREFIXES, "": "" }];
  const unclosed: string[] = [];
  let truncated: string | null = null;
  let depth = 0;
  let strayText = 0;
  // Text arrives cut where the pieces of input are cut, so an entity reference or a CR LF may
  // be split: text is decoded once the next tag or the end of the CDATA section shows it whole.
  let rawText = "";
  let inCdata = false;
  let ended = false;
  // Where the last start tag ended: a close at that same place is "<x/>" closing itself.
  let openedAt = -1;
  const flushText = (): void => {
    if (rawText === "") return;
    const lines = normalizeNewlines(rawText);
    const text = inCdata ? lines : decode(lines);
    rawText = "";
    if (depth > 0) sink.text(text);
    else strayText += text.trim().length;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flushText();
        const scope = declareScope(scopes[scopes.length - 1], attribs);
        scopes.push(scope);
        depth++;
        sink.open(resolveTag(name, attribs, scope, decode));
        openedAt = parser.endIndex;
      },
      ontext(data) {
        rawText += data;
      },
      oncdatastart() {
        flushText();
        inCdata = true;
      },
      oncdataend() {
        flushText();
        inCdata = false;
      },
      onclosetag(name, isImplied) {
        flushText();
        if (isImplied && parser.endIndex !== openedAt) {
          if (ended) truncated ??= name;
          else if (unclosed.length < MAX_UNCLOSED_WARNINGS) unclosed.push(name);
        }
        openedAt = -1;
        scopes.pop();
        depth--;
        sink.close();
      },
    },
    { xmlMode: true, recognizeSelfClosing: true, decodeEntities: false },
  );
  const input = tolerantInput(chunks, doctype);
  for (const chunk of input.chunks()) parser.write(chunk);
  ended = true;
  parser.end();
  flushText();
  const removed = input.removed();
  if (removed > 0) warnings.push(`removed ${removed} character(s) that XML does not allow`);
  for (const name of unclosed) warnings.push(`unclosed <${name}> was closed by the parser`);
  if (truncated !== null)
    warnings.push(`the document is truncated (it ends inside <${truncated}>)`);
  if (strayText > 0) warnings.push("text outside the root element was skipped");
  describeProblems(problems, warnings);
  return warnings;
}

function describeProblems(problems: DecodeProblems, warnings: string[]): void {
  if (problems.bareAmpersands > 0) {
    warnings.push(`${problems.bareAmpersands} bare "&" read as text (should be "&amp;")`);
  }
  for (const name of problems.htmlEntities) {
    warnings.push(`HTML entity &${name}; is not defined in XML; decoded as HTML`);
  }
  for (const name of problems.unknownEntities)
    warnings.push(`unknown entity &${name}; kept as text`);
}

function declareScope(parent: Record<string, string>, attribs: Record<string, string>) {
  let scope = parent;
  for (const key in attribs) {
    if (key !== "xmlns" && !key.startsWith("xmlns:")) continue;
    if (scope === parent) scope = { ...parent };
    scope[key === "xmlns" ? "" : key.slice(6)] = attribs[key];
  }
  return scope;
}

function resolveTag(
  qname: string,
  attribs: Record<string, string>,
  scope: Record<string, string>,
  decode: (raw: string) => string,
) {
  const colon = qname.indexOf(":");
  const prefix = colon < 0 ? "" : qname.slice(0, colon);
  const attrs: XmlAttr[] = [];
  for (const key in attribs) {
    if (key === "xmlns" || key.startsWith("xmlns:")) continue;
    const c = key.indexOf(":");
    const ns = c < 0 ? "" : (scope[key.slice(0, c)] ?? (key.startsWith("xml:") ? NS.xml : ""));
    const value = decode(attribs[key].replace(ATTRIBUTE_WHITESPACE, " "));
    attrs.push({ name: c < 0 ? key : key.slice(c + 1), ns, value });
  }
  const ns = scope[prefix] ?? "";
  return { name: colon < 0 ? qname : qname.slice(colon + 1), ns, prefix, attrs };
}
