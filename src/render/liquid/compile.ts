/**
 * The fast engine: a theme's templates compiled to closures, for the subset of Liquid that
 * themes use. A theme using anything outside the subset is not compiled: the caller renders
 * it through liquidjs instead, and learns why from `reason`.
 */
import { type Budget, Ctx } from "./context.js";
import { tokenize, Unsupported } from "./lexer.js";
import { type Node, Parser, runNodes } from "./parser.js";

export interface FastTheme {
  /** Renders the template `file` ("river.liquid") with `scope` as its variables. */
  render(file: string, scope: object, budget: Budget): string;
}

export type FastCompiled = { ok: true; theme: FastTheme } | { ok: false; reason: string };

export function compileFast(templates: Record<string, string>): FastCompiled {
  const compiled = new Map<string, Node[]>();
  const references: [string, string][] = [];
  for (const [file, source] of Object.entries(templates)) {
    try {
      const parser = new Parser(tokenize(source));
      compiled.set(file, parser.body([]).nodes);
      for (const reference of parser.references) references.push([file, reference]);
    } catch (error) {
      // Unsupported, or a template liquidjs would refuse too: liquidjs decides.
      const reason = error instanceof Unsupported ? error.message : String(error);
      return { ok: false, reason: `${file}: ${reason}` };
    }
  }
  for (const [file, reference] of references) {
    // liquidjs reports a missing partial when rendering it, in its own words: let it.
    if (!compiled.has(reference)) return { ok: false, reason: `${file}: no ${reference}` };
  }
  return {
    ok: true,
    theme: {
      render(file, scope, budget) {
        const ctx = new Ctx(scope, budget, compiled);
        runNodes(ctx.template(file), ctx);
        return ctx.out;
      },
    },
  };
}

export type { Budget } from "./context.js";
export { LimitError } from "./context.js";
export { FAST_FILTERS } from "./filters.js";
