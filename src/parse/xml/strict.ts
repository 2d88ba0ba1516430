/** The strict pass: a conforming, namespace-aware XML parser (saxes); fails on the first error. */
import { SaxesParser } from "saxes";
import type { TextChunks } from "../encoding/index.js";
import type { Doctype } from "./doctype.js";
import type { XmlAttr, XmlSink } from "./tree.js";

/** Whether the document was well-formed, else the parser's complaint. */
export type StrictResult = { ok: true } | { ok: false; error: string };

/**
 * Reads `chunks` strictly, reporting to `sink` as it goes (so on failure the sink has seen part
 * of the document); DOCTYPE entities come pre-expanded from `doctype`.
 */
export function parseStrict(
  chunks: TextChunks,
  doctype: Doctype | null,
  sink: XmlSink,
): StrictResult {
  const parser = new SaxesParser({ xmlns: true, position: true });
  if (doctype) Object.assign(parser.ENTITIES, doctype.entities);
  parser.on("opentag", (node) => {
    const attrs: XmlAttr[] = [];
    for (const key in node.attributes) {
      const a = node.attributes[key];
      // xmlns declarations are namespace plumbing, not data.
      if (a.prefix === "xmlns" || (a.prefix === "" && a.local === "xmlns")) continue;
      attrs.push({ name: a.local, ns: a.uri, value: a.value });
    }
    sink.open({ name: node.local, ns: node.uri, prefix: node.prefix, attrs });
  });
  parser.on("text", sink.text);
  parser.on("cdata", sink.text);
  parser.on("closetag", sink.close);
  try {
    for (const chunk of chunks()) parser.write(chunk);
    parser.close();
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  return { ok: true };
}
