/** The strict pass: a conforming, namespace-aware XML parser (saxes); fails on the first error. */
import { SaxesParser } from "saxes";
import type { Doctype } from "./doctype.js";
import { createTreeBuilder, type XmlAttr, type XmlElement } from "./tree.js";

/** The tree of a well-formed document, or the parser's complaint. */
export type StrictResult = { ok: true; roots: XmlElement[] } | { ok: false; error: string };

/** Parses `text` strictly; DOCTYPE entities come pre-expanded from `doctype`. */
export function parseStrict(
  text: string,
  docUrl: string | null,
  doctype: Doctype | null,
): StrictResult {
  const builder = createTreeBuilder(docUrl);
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
    builder.open({ name: node.local, ns: node.uri, prefix: node.prefix, attrs });
  });
  parser.on("text", builder.text);
  parser.on("cdata", builder.text);
  parser.on("closetag", builder.close);
  try {
    parser.write(text).close();
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  return { ok: true, roots: builder.roots };
}
