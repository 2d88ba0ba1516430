/**
 * The tolerant pass for documents the strict pass refused: htmlparser2 in XML mode, which
 * closes unclosed tags, survives bare "&" and truncation, and skips garbage. Namespaces are
 * resolved here (htmlparser2 knows none), with common undeclared prefixes assumed.
 */
import { Parser } from "htmlparser2";
import { DEFAULT_PREFIXES, NS } from "../namespaces.js";
import { createTextDecoder, type DecodeProblems } from "./decode-text.js";
import type { Doctype } from "./doctype.js";
import { createTreeBuilder, type XmlAttr, type XmlElement } from "./tree.js";

/** The recovered tree plus one line per kind of problem met. */
export interface TolerantResult {
  roots: XmlElement[];
  warnings: string[];
}

// XML 1.0 forbids these characters; feeds still carry them (https://www.w3.org/TR/xml/#charsets).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point.
const ILLEGAL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MAX_UNCLOSED_WARNINGS = 5;

/** Reads whatever structure `text` has; never fails. */
export function parseTolerant(
  text: string,
  docUrl: string | null,
  doctype: Doctype | null,
): TolerantResult {
  const warnings: string[] = [];
  let body = doctype ? text.slice(0, doctype.start) + text.slice(doctype.end) : text;
  const illegal = body.match(ILLEGAL_CHARS)?.length ?? 0;
  if (illegal > 0) {
    body = body.replace(ILLEGAL_CHARS, "");
    warnings.push(`removed ${illegal} character(s) that XML does not allow`);
  }
  const problems: DecodeProblems = {
    bareAmpersands: 0,
    htmlEntities: new Set(),
    unknownEntities: new Set(),
  };
  const decode = createTextDecoder(doctype?.entities ?? {}, problems);
  const builder = createTreeBuilder(docUrl);
  const scopes: Record<string, string>[] = [{ ...DEFAULT_PREFIXES, "": "" }];
  const unclosed: string[] = [];
  let truncated: string | null = null;
  let inCdata = false;
  let ended = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const scope = declareScope(scopes[scopes.length - 1], attribs);
        scopes.push(scope);
        builder.open(resolveTag(name, attribs, scope, decode));
      },
      ontext(data) {
        builder.text(inCdata ? data : decode(data));
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
      onclosetag(name, isImplied) {
        if (isImplied && !isSelfClosing(body, parser.endIndex)) {
          if (ended) truncated ??= name;
          else if (unclosed.length < MAX_UNCLOSED_WARNINGS) unclosed.push(name);
        }
        scopes.pop();
        builder.close();
      },
    },
    { xmlMode: true, recognizeSelfClosing: true, decodeEntities: false },
  );
  parser.write(body);
  ended = true;
  parser.end();
  for (const name of unclosed) warnings.push(`unclosed <${name}> was closed by the parser`);
  if (truncated !== null)
    warnings.push(`the document is truncated (it ends inside <${truncated}>)`);
  if (builder.strayText > 0) warnings.push("text outside the root element was skipped");
  describeProblems(problems, warnings);
  return { roots: builder.roots, warnings };
}

/** htmlparser2 reports `<x/>` as an implied close too; the source text tells them apart. */
function isSelfClosing(body: string, endIndex: number): boolean {
  return body.charCodeAt(endIndex) === 62 && body.charCodeAt(endIndex - 1) === 47;
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
    attrs.push({ name: c < 0 ? key : key.slice(c + 1), ns, value: decode(attribs[key]) });
  }
  const ns = scope[prefix] ?? "";
  return { name: colon < 0 ? qname : qname.slice(colon + 1), ns, prefix, attrs };
}
