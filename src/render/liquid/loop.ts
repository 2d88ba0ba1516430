/** `for … in …` with `limit:`, `offset:`, `reversed`, `else` and its `forloop`. */
import { newScope } from "./context.js";
import type { Eval } from "./expression.js";
import { Unsupported } from "./lexer.js";
import { operand } from "./operand.js";
import { runNodes } from "./parser.js";
import { noArgs, type TagParser } from "./tags.js";
import { Forloop, toEnumerable } from "./values.js";

export const forTag: TagParser = (args, parser) => {
  const c = parser.cursor(args);
  const variable = c.identifier();
  if (variable === "forloop") throw new Unsupported("a loop variable named forloop");
  c.expect("in");
  const collection = operand(c);
  if (collection.special) throw new Unsupported("for over a literal");
  const modifiers: { offset?: Eval; limit?: Eval; reversed?: true } = {};
  while (!c.end()) {
    c.eat(",");
    const key = c.identifier();
    if (key === "reversed") modifiers.reversed = true;
    else if (key === "offset" || key === "limit") {
      c.expect(":");
      const value = operand(c);
      if (value.special) throw new Unsupported(`${key}: nil`);
      modifiers[key] = value.run;
    } else throw new Unsupported(`for modifier ${key}`);
  }
  const { nodes, stop } = parser.inLoop(() => parser.body(["else", "endfor"]));
  const elseNodes = stop.name === "else" ? parser.body(["endfor"]).nodes : [];
  noArgs(stop.args, stop.name);
  return (ctx) => {
    let items = toEnumerable(collection.run(ctx));
    if (items.length === 0) return runNodes(elseNodes, ctx);
    if (modifiers.offset !== undefined) items = items.slice(modifiers.offset(ctx) as number);
    if (modifiers.limit !== undefined) items = items.slice(0, modifiers.limit(ctx) as number);
    if (modifiers.reversed) items = [...items].reverse();
    const forloop = new Forloop(items.length);
    const scope = newScope({ forloop });
    ctx.scopes.push(scope);
    for (const item of items) {
      ctx.tick();
      scope[variable] = item;
      ctx.continueCalled = ctx.breakCalled = false;
      runNodes(nodes, ctx);
      if (ctx.breakCalled) break;
      forloop.i++;
    }
    ctx.continueCalled = ctx.breakCalled = false;
    ctx.scopes.pop();
  };
};
