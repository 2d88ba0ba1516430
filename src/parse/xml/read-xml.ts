/** XML text → events: the strict pass first, the tolerant pass when it fails. */
import type { TextChunks } from "../encoding/index.js";
import { limitDepth } from "./depth-limit.js";
import { type Doctype, readDoctype } from "./doctype.js";
import { parseStrict } from "./strict.js";
import { parseTolerant } from "./tolerant.js";
import type { XmlSink } from "./tree.js";

/** The sink that saw the whole document, whether it was well-formed, what was recovered from. */
export interface XmlRead<S extends XmlSink> {
  sink: S;
  wellFormed: boolean;
  warnings: string[];
}

/**
 * Reads the text of `chunks` into a sink from `createSink`; never fails. A strict pass that
 * fails part-way has fed its sink part of the document: the tolerant pass reads the whole
 * document again into a new sink, made from the failed one (to keep what may stand of it).
 */
export function readXml<S extends XmlSink>(
  chunks: TextChunks,
  createSink: (failed: S | null) => S,
): XmlRead<S> {
  const doctype = readDoctype(chunks);
  const doctypeWarnings = doctype?.warnings ?? [];
  const strict = readStrict(chunks, doctype, createSink);
  if (strict.ok) return { sink: strict.sink, wellFormed: true, warnings: doctypeWarnings };
  const { sink } = strict;
  const limited = limitDepth(sink, "flatten");
  const tolerantWarnings = parseTolerant(chunks, doctype, limited);
  if (limited.flattened() > 0)
    tolerantWarnings.push(
      `${limited.flattened()} element(s) nested too deep were flattened (their text kept)`,
    );
  return {
    sink,
    wellFormed: false,
    warnings: [
      ...doctypeWarnings,
      `not well-formed XML (${strict.error.replace(/\s+/g, " ").trim()}); read with the tolerant parser`,
      ...tolerantWarnings,
    ],
  };
}

/**
 * The strict pass. On failure it returns the tolerant pass's new sink, not its own, so that
 * what it had built and nobody keeps can be freed before the tolerant pass starts.
 */
function readStrict<S extends XmlSink>(
  chunks: TextChunks,
  doctype: Doctype | null,
  createSink: (failed: S | null) => S,
): { ok: true; sink: S } | { ok: false; error: string; sink: S } {
  const sink = createSink(null);
  const result = parseStrict(chunks, doctype, limitDepth(sink, "fail"));
  return result.ok ? { ok: true, sink } : { ...result, sink: createSink(sink) };
}
