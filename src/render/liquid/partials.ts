/**
 * `include` (the partial shares the caller's scope, plus its arguments), `render` (the
 * partial sees its arguments only) and `layout` with
 * `block`: the child's blocks are stored first, then the layout renders and fills them.
 */
import { type Ctx, newScope } from "./context.js";
import type { Eval } from "./expression.js";
import { Unsupported } from "./lexer.js";
import { operand } from "./operand.js";
import { capture, type Node, type Parser, runNodes } from "./parser.js";

// Names a partial's arguments may not take: the fast engine resolves these itself.
const RESERVED_KEYS = new Set(["forloop", "block", "continue"]);

/** A literal partial name: "author" is the theme's author.liquid. */
function partialName(parser: Parser, args: string): { file: string; rest: string } {
  const match = /^(["'])([A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)\1/.exec(args);
  if (match === null) throw new Unsupported(`partial name ${args}`);
  const file = `${match[2]}.liquid`;
  parser.references.add(file);
  return { file, rest: args.slice(match[0].length) };
}

/** A partial's name and its `key: value` arguments, evaluated into a fresh scope. */
function partialCall(args: string, parser: Parser, tag: string) {
  const { file, rest } = partialName(parser, args);
  const c = parser.cursor(rest);
  const hash: [string, Eval][] = [];
  while (!c.end()) {
    c.eat(",");
    const key = c.identifier();
    if (key === "with" || key === "for" || RESERVED_KEYS.has(key))
      throw new Unsupported(`${tag} ${key}`);
    c.expect(":");
    const value = operand(c);
    if (value.special) throw new Unsupported(`${tag} argument nil`);
    hash.push([key, value.run]);
  }
  const scope = (ctx: Ctx) => {
    const made = newScope();
    for (const [key, value] of hash) made[key] = value(ctx);
    return made;
  };
  return { file, scope };
}

export function includeTag(args: string, parser: Parser): Node {
  const { file, scope: scopeOf } = partialCall(args, parser, "include");
  return (ctx) => {
    const { blocks, storing } = ctx;
    ctx.blocks = newScope() as typeof ctx.blocks;
    ctx.storing = false;
    const scope = scopeOf(ctx);
    ctx.enter();
    ctx.scopes.push(scope);
    runNodes(ctx.template(file), ctx);
    ctx.scopes.pop();
    ctx.depth--;
    ctx.blocks = blocks;
    ctx.storing = storing;
  };
}

/** `render`: the partial sees only its arguments, and what it assigns stays inside. */
export function renderTag(args: string, parser: Parser): Node {
  const { file, scope: scopeOf } = partialCall(args, parser, "render");
  return (ctx) => {
    const scope = scopeOf(ctx);
    ctx.enter();
    ctx.isolated(scope, () => runNodes(ctx.template(file), ctx));
    ctx.depth--;
  };
}

export function layoutTag(args: string, parser: Parser): Node {
  const { file, rest } = partialName(parser, args);
  if (rest.trim() !== "") throw new Unsupported(`layout arguments ${rest}`);
  const { nodes } = parser.body([]);
  return (ctx) => {
    const layout = ctx.template(file);
    ctx.storing = true;
    const html = capture(nodes, ctx);
    if (ctx.blocks[""] === undefined)
      ctx.blocks[""] = (c) => {
        c.out += html;
      };
    ctx.storing = false;
    ctx.enter();
    ctx.scopes.push(newScope());
    runNodes(layout, ctx);
    ctx.scopes.pop();
    ctx.depth--;
  };
}
