/**
 * A bound on element nesting. No real feed nests 1,000 levels deep, but a hostile one can nest
 * 100,000: saxes resolves namespaces by walking every open element (quadratic time), and the
 * readers of the tree recurse (the stack overflows). The strict pass gives up at the bound, and
 * the tolerant pass, linear, flattens what lies deeper into the element at the bound.
 */
import type { OpenTag, XmlSink } from "./tree.js";

export const MAX_DEPTH = 1000;

/** A sink that passes events on to `sink` within MAX_DEPTH. */
export interface LimitedSink extends XmlSink {
  /** Elements beyond the bound whose tags were dropped (their text kept). */
  flattened(): number;
}

/** Wraps `sink`: past the bound, "fail" throws (ending a strict pass), "flatten" drops tags. */
export function limitDepth(sink: XmlSink, past: "fail" | "flatten"): LimitedSink {
  let depth = 0;
  let dropped = 0;
  return {
    open(tag: OpenTag) {
      depth++;
      if (depth <= MAX_DEPTH) return sink.open(tag);
      if (past === "fail") throw new Error(`elements nested deeper than ${MAX_DEPTH} levels`);
      dropped++;
    },
    text: (text: string) => sink.text(text),
    close() {
      if (depth-- <= MAX_DEPTH) sink.close();
    },
    flattened: () => dropped,
  };
}
