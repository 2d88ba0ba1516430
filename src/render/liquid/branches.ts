/** The branching tags: `if`/`elsif`/`else`, `unless` and `case`/`when`. */
import { equals } from "./compare.js";
import { type Eval, parseFilteredValue } from "./expression.js";
import { Unsupported } from "./lexer.js";
import { operand } from "./operand.js";
import { type Node, type Parser, runNodes } from "./parser.js";
import { noArgs, type TagParser } from "./tags.js";
import { isFalsy, plain } from "./values.js";

/** `if`/`unless` with `elsif` and one `else`; `unless` tests its first condition negated. */
export function conditional(negated: boolean, end: string): TagParser {
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

export const caseTag: TagParser = (args, parser) => {
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
