/** The Liquid engine a theme runs in: templates from memory, no JavaScript, bounded work. */
import { Liquid, type Template } from "liquidjs";
import type { Theme } from "./input.js";
import { compileFast, type FastTheme } from "./liquid/compile.js";

/** The templates the renderer calls directly; a theme may add partials of its own. */
export const PAGE_TEMPLATES = ["river", "month", "archives", "people", "health", "entry"] as const;
export type PageTemplate = (typeof PAGE_TEMPLATES)[number];

/**
 * Which engine renders a theme: "fast" (our compiler, src/render/liquid/) when every template
 * stays within its subset, otherwise "liquidjs" for the whole theme. Both print the same.
 */
export type EngineKind = "fast" | "liquidjs";

/** A theme's engine with its page templates parsed once, reused for every page. */
export interface ThemeEngine {
  readonly kind: EngineKind;
  /** Why the theme renders through liquidjs (the first construct outside the subset). */
  readonly fallback: string | null;
  /** Renders one page template; throws a `TemplateError` when the template fails. */
  render(template: PageTemplate, scope: object): string;
}

/** A template that failed while rendering: which one, and why in the engine's words. */
export class TemplateError extends Error {
  constructor(
    readonly template: string,
    readonly reason: string,
  ) {
    super(`template ${template}.liquid: ${reason}`);
  }
}

/**
 * The TemplateError behind `error`, or a new one for `template`. A failing entry.liquid is
 * rendered from inside river.liquid, so Liquid may wrap the entry's error in the river's.
 */
export function templateError(template: string, error: unknown): TemplateError {
  for (let cause: unknown = error; cause instanceof Error; ) {
    if (cause instanceof TemplateError) return cause;
    cause = (cause as { originalError?: unknown }).originalError ?? cause.cause;
  }
  return new TemplateError(template, describe(error));
}

// Limits against a runaway user template (https://liquidjs.com/tutorials/dos.html). A big
// river page is a few megabytes; these leave plenty of room above that.
const LIMITS = {
  parseLimit: 1e7,
  renderLimit: 60_000,
  memoryLimit: 5e8,
};

/**
 * Builds the engine and parses every page template; returns an error value on bad syntax.
 * liquidjs parses every theme (its errors are the ones users see); `engine: "liquidjs"`
 * forces it to render too, as the tests comparing both engines do.
 */
export function compileTheme(
  theme: Theme,
  options: { engine?: EngineKind } = {},
): { ok: true; engine: ThemeEngine } | { ok: false; error: string } {
  const liquid = new Liquid({
    templates: theme.templates,
    extname: ".liquid",
    cache: true,
    ownPropertyOnly: true,
    strictFilters: true,
    outputEscape: "escape",
    jsTruthy: false,
    ...LIMITS,
  });
  // Partials are parsed here too, so a syntax error shows when the theme loads, not mid-build.
  const all = new Map<string, Template[]>();
  for (const [file, source] of Object.entries(theme.templates)) {
    try {
      all.set(file, liquid.parse(source, file));
    } catch (error) {
      return { ok: false, error: `template ${file}: ${describe(error)}` };
    }
  }
  const parsed = new Map<PageTemplate, Template[]>();
  for (const name of PAGE_TEMPLATES) {
    const templates = all.get(`${name}.liquid`);
    if (templates === undefined)
      return { ok: false, error: `the theme has no template ${name}.liquid` };
    parsed.set(name, templates);
  }
  const fast = options.engine === "liquidjs" ? null : compileFast(theme.templates);
  if (fast?.ok) return { ok: true, engine: fastEngine(fast.theme) };
  const fallback = fast === null ? "liquidjs asked for" : fast.reason;
  return {
    ok: true,
    engine: {
      kind: "liquidjs",
      fallback,
      render(template, scope) {
        const templates = parsed.get(template);
        if (templates === undefined) throw new TemplateError(template, "no such page template");
        try {
          return liquid.renderSync(templates, scope) as string;
        } catch (error) {
          throw templateError(template, error);
        }
      },
    },
  };
}

function fastEngine(theme: FastTheme): ThemeEngine {
  const budget = { memory: LIMITS.memoryLimit, milliseconds: LIMITS.renderLimit };
  return {
    kind: "fast",
    fallback: null,
    render(template, scope) {
      try {
        return theme.render(`${template}.liquid`, scope, budget);
      } catch (error) {
        throw templateError(template, error);
      }
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
