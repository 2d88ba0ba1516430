/** The tags of the fast subset: each parses its arguments and body into one node. */
import { caseTag, conditional } from "./branches.js";
import type { BlockRender } from "./context.js";
import { parseFilteredValue } from "./expression.js";
import { Unsupported } from "./lexer.js";
import { forTag } from "./loop.js";
import { capture, type Node, type Parser, runNodes } from "./parser.js";
import { includeTag, layoutTag, renderTag } from "./partials.js";
import { stringify } from "./values.js";

export type TagParser = (args: string, parser: Parser) => Node | null;

export function noArgs(args: string, tag: string): void {
  if (args !== "") throw new Unsupported(`arguments to ${tag}`);
}

const assignTag: TagParser = (args, parser) => {
  const c = parser.cursor(args);
  const name = c.identifier();
  c.expect("=");
  const value = parseFilteredValue(c).run;
  return (ctx) => {
    ctx.bottom()[name] = value(ctx);
  };
};

const captureTag: TagParser = (args, parser) => {
  const c = parser.cursor(args);
  const name = c.identifier();
  if (!c.end()) throw new Unsupported(`capture ${args}`);
  const { nodes } = parser.body(["endcapture"]);
  return (ctx) => {
    const text = capture(nodes, ctx);
    ctx.charge(text.length);
    ctx.bottom()[name] = text;
  };
};

const blockTag: TagParser = (args, parser) => {
  const match = /^\w*$/.exec(args);
  if (match === null) throw new Unsupported(`block ${args}`);
  const name = match[0];
  const { nodes, stop } = parser.body(["endblock", "block"]);
  if (stop.name === "block") throw new Unsupported("nested blocks");
  return (ctx) => {
    const child = ctx.blocks[name];
    const own: BlockRender = (c) => runNodes(nodes, c);
    const render: BlockRender = child ?? own;
    if (ctx.storing) ctx.blocks[name] = render;
    else render(ctx);
  };
};

/**
 * `increment`/`decrement`: a counter kept in the page's own variables (liquidjs writes it
 * there), printed before (increment) or after (decrement) it moves.
 */
function counter(step: 1 | -1): TagParser {
  return (args, parser) => {
    const name = parser.cursor(args).identifier();
    if (name !== args) throw new Unsupported(`counter ${args}`);
    return (ctx) => {
      const scope = ctx.env as Record<string, number>;
      if (typeof scope[name] !== "number") scope[name] = 0;
      const before = scope[name];
      scope[name] = before + step;
      ctx.out += stringify(step === 1 ? before : before + step);
    };
  };
}

export const TAGS = new Map<string, TagParser>([
  ["if", conditional(false, "endif")],
  ["unless", conditional(true, "endunless")],
  ["case", caseTag],
  ["for", forTag],
  ["assign", assignTag],
  ["capture", captureTag],
  ["block", blockTag],
  ["include", includeTag],
  ["render", renderTag],
  ["increment", counter(1)],
  ["decrement", counter(-1)],
  [
    "raw",
    (_args, parser) => {
      const { nodes } = parser.body(["endraw"]);
      return (ctx) => runNodes(nodes, ctx);
    },
  ],
  ["layout", layoutTag],
  [
    "break",
    (args) => {
      noArgs(args, "break");
      return (ctx) => {
        ctx.breakCalled = true;
      };
    },
  ],
  [
    "continue",
    (args) => {
      noArgs(args, "continue");
      return (ctx) => {
        ctx.continueCalled = true;
      };
    },
  ],
  [
    "comment",
    (_args, parser) => {
      parser.skipTo("endcomment");
      return null;
    },
  ],
]);
