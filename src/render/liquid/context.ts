/**
 * One render's state: the scope stack, the output being written, break/continue, the blocks
 * a layout fills, and the budgets that stop a runaway template.
 */
import { readProperty } from "./values.js";

/** A scope: no prototype, so `in` sees only what a template or the engine put there. */
export type Scope = Record<string, unknown>;

export function newScope(from?: object): Scope {
  const scope = Object.create(null) as Scope;
  if (from !== undefined) Object.assign(scope, from);
  return scope;
}

/** Renders a block's content into ctx.out. */
export type BlockRender = (ctx: Ctx) => void;

/** What a render may use, as liquidjs's limits: characters/items, milliseconds, nesting. */
export interface Budget {
  memory: number;
  milliseconds: number;
}

/** A template that ran out of its budget; the message says which limit. */
export class LimitError extends Error {}

const GLOBALS: Scope = {};
/** How deep include may nest: a template including itself fails instead of exhausting the stack. */
const MAX_DEPTH = 64;

export class Ctx {
  scopes: Scope[] = [newScope()];
  out = "";
  breakCalled = false;
  continueCalled = false;
  blocks: Record<string, BlockRender> = newScope() as Record<string, BlockRender>;
  storing = false;
  depth = 0;
  private used = 0;
  private ticks = 0;
  private readonly deadline: number;

  constructor(
    public env: object,
    private readonly budget: Budget,
    private readonly templates: ReadonlyMap<string, readonly BlockRender[]>,
  ) {
    this.deadline = performance.now() + budget.milliseconds;
  }

  /** A variable: the innermost scope holding it, else the data the page was rendered with. */
  lookup(name: string): unknown {
    const scopes = this.scopes;
    for (let i = scopes.length - 1; i >= 0; i--) {
      const scope = scopes[i] as Scope;
      if (name in scope) return readProperty(scope, name);
    }
    return readProperty(name in this.env ? this.env : GLOBALS, name);
  }

  /** A compiled template of the theme, by file name; compiling checked that it exists. */
  template(file: string): readonly BlockRender[] {
    const nodes = this.templates.get(file);
    if (nodes === undefined) throw new Error(`no template ${file}`);
    return nodes;
  }

  bottom(): Scope {
    return this.scopes[0] as Scope;
  }

  /** Counts memory a value takes, as liquidjs's memoryLimit does. */
  charge(count: number): void {
    if (!(count > 0)) return;
    this.used += count;
    if (this.used > this.budget.memory) throw new LimitError("memory alloc limit exceeded");
  }

  /** Called once per loop iteration and include: bounds output and render time. */
  tick(): void {
    if (this.out.length > this.budget.memory) throw new LimitError("output size limit exceeded");
    if ((++this.ticks & 255) === 0 && performance.now() > this.deadline)
      throw new LimitError("template render limit exceeded");
  }

  /** Runs `render` in a scope of its own, as liquidjs's `render` tag renders a partial. */
  isolated(scope: Scope, render: () => void): void {
    const { scopes, env, blocks, storing, breakCalled, continueCalled } = this;
    this.scopes = [scope];
    this.env = {};
    this.blocks = newScope() as Record<string, BlockRender>;
    this.storing = this.breakCalled = this.continueCalled = false;
    try {
      render();
    } finally {
      Object.assign(this, { scopes, env, blocks, storing, breakCalled, continueCalled });
    }
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) throw new LimitError("include nesting limit exceeded");
    this.tick();
  }
}
