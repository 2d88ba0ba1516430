/** The tags of the fast subset: each parses its arguments and body into one node. */
import { type BlockRender, newScope } from "./context.js";
import { type Eval, operand, parseFilteredValue } from "./expression.js";
import { Unsupported } from "./lexer.js";
import { capture, type Node, type Parser, runNodes } from "./parser.js";
import { includeTag, layoutTag } from "./partials.js";
import { equals, Forloop, isFalsy, plain, toEnumerable } from "./values.js";

type TagParser = (args: string, parser: Parser) => Node | null;

function noArgs(args: string, tag: string): void {
  if (args !== "") throw new Unsupported(`arguments to ${tag}`);
}

/** `if`/`unless` with `elsif` and one `else`; `unless` tests its first condition negated. */
function conditional(negated: boolean, end: string): TagParser {
  return (args, parser) => {
    const branches: { test: Eval; negate: boolean; nodes: Node[] }[] = [];
    let elseNodes: Node[] = [];
    let condition = args;
    let negate = negated;
    for (;;) {
      const c = parser.cursor(condition);
      const test = parseFilteredValue(c, true).run;
      const { nodes, stop } = parser.body(["elsif", "else", end]);
      branches.push({ test, negate, nodes });
      negate = false;
      if (stop.name === "elsif") {
        condition = stop.args;
        continue;
      }
      if (stop.name === "else") {
        noArgs(stop.args, "else");
        const rest = parser.body(["elsif", "else", end]);
        if (rest.stop.name !== end) throw new Unsupported(`${rest.stop.name} after else`);
        elseNodes = rest.nodes;
      }
      noArgs(stop.name === end ? stop.args : "", end);
      break;
    }
    return (ctx) => {
      for (const branch of branches) {
        if (isFalsy(branch.test(ctx)) === branch.negate) return runNodes(branch.nodes, ctx);
      }
      runNodes(elseNodes, ctx);
    };
  };
}

const caseTag: TagParser = (args, parser) => {
  const target = parseFilteredValue(parser.cursor(args)).run;
  const branches: { values: Eval[]; nodes: Node[] }[] = [];
  let elseNodes: Node[] = [];
  let { stop } = parser.body(["when", "else", "endcase"]);
  while (stop.name === "when") {
    const values = whenValues(stop.args, parser);
    const next = parser.body(["when", "else", "endcase"]);
    branches.push({ values, nodes: next.nodes });
    stop = next.stop;
  }
  if (stop.name === "else") {
    const rest = parser.body(["when", "else", "endcase"]);
    if (rest.stop.name !== "endcase") throw new Unsupported(`${rest.stop.name} after else`);
    elseNodes = rest.nodes;
  }
  return (ctx) => {
    const value = plain(target(ctx));
    let hit = false;
    for (const branch of branches) {
      for (const candidate of branch.values) {
        if (equals(value, candidate(ctx))) {
          runNodes(branch.nodes, ctx);
          hit = true;
          break;
        }
      }
    }
    if (!hit) runNodes(elseNodes, ctx);
  };
};

function whenValues(args: string, parser: Parser): Eval[] {
  const c = parser.cursor(args);
  const values = [operand(c).run];
  while (!c.end()) {
    if (!c.eat(",") && !c.eat("or")) throw new Unsupported(`when ${args}`);
    values.push(operand(c).run);
  }
  return values;
}

const forTag: TagParser = (args, parser) => {
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

export const TAGS = new Map<string, TagParser>([
  ["if", conditional(false, "endif")],
  ["unless", conditional(true, "endunless")],
  ["case", caseTag],
  ["for", forTag],
  ["assign", assignTag],
  ["capture", captureTag],
  ["block", blockTag],
  ["include", includeTag],
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
