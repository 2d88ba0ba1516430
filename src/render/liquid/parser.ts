/** Tokens to nodes: a template becomes a list of closures that write into `ctx.out`. */
import type { Ctx } from "./context.js";
import { Cursor, type Where } from "./cursor.js";
import { parseFilteredValue } from "./expression.js";
import { type Token, Unsupported } from "./lexer.js";
import { TAGS } from "./tags.js";
import { escapeHtml, stringify } from "./values.js";

export type Node = (ctx: Ctx) => void;

/** Runs nodes in order, stopping after a `break` or `continue` as liquidjs does. */
export function runNodes(nodes: readonly Node[], ctx: Ctx): void {
  for (const node of nodes) {
    node(ctx);
    if (ctx.breakCalled || ctx.continueCalled) return;
  }
}

/** Renders nodes into a string of their own, leaving ctx.out as it was. */
export function capture(nodes: readonly Node[], ctx: Ctx): string {
  const saved = ctx.out;
  ctx.out = "";
  try {
    runNodes(nodes, ctx);
    return ctx.out;
  } finally {
    ctx.out = saved;
  }
}

export class Parser {
  private i = 0;
  /** Partials and layouts this template names, checked against the theme after compiling. */
  readonly references = new Set<string>();
  where: Where = { inLoop: false };

  constructor(private readonly tokens: Token[]) {}

  /** Nodes up to one of the `stops` tags (returned) or, when `stops` is empty, the end. */
  body(stops: readonly string[]): { nodes: Node[]; stop: Token & { kind: "tag" } } {
    const nodes: Node[] = [];
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i++] as Token;
      if (token.kind === "tag" && stops.includes(token.name)) return { nodes, stop: token };
      const node = this.node(token);
      if (node !== null) nodes.push(node);
    }
    if (stops.length > 0) throw new Unsupported(`unclosed block, expected ${stops.join("/")}`);
    return { nodes, stop: { kind: "tag", name: "", args: "" } };
  }

  /** Every token up to the tag `stop`, unparsed (comment, raw). */
  skipTo(stop: string): void {
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i++] as Token;
      if (token.kind === "tag" && token.name === stop) return;
    }
    throw new Unsupported(`unclosed ${stop}`);
  }

  cursor(text: string): Cursor {
    return new Cursor(text, this.where);
  }

  /** Parses `body` with `forloop` readable. */
  inLoop<T>(body: () => T): T {
    const saved = this.where;
    this.where = { inLoop: true };
    try {
      return body();
    } finally {
      this.where = saved;
    }
  }

  private node(token: Token): Node | null {
    if (token.kind === "text") {
      const text = token.text;
      return text === ""
        ? null
        : (ctx) => {
            ctx.out += text;
          };
    }
    if (token.kind === "output") return this.output(token.body);
    const tag = TAGS.get(token.name);
    if (tag === undefined) throw new Unsupported(`tag ${token.name}`);
    return tag(token.args, this);
  }

  private output(body: string): Node {
    const c = this.cursor(body);
    const value = parseFilteredValue(c);
    const run = value.run;
    return value.raw
      ? (ctx) => {
          ctx.out += stringify(run(ctx));
        }
      : (ctx) => {
          const text = stringify(run(ctx));
          ctx.charge(text.length);
          ctx.out += escapeHtml(text);
        };
  }
}
