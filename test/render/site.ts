/** Test helpers: render the reference planet and look inside its HTML. */
import { posix } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import type { SiteFile } from "../../src/model.js";
import { loadTheme, type RenderInput, renderPlanet, type Theme } from "../../src/render/index.js";
import { REFERENCE_BODIES, referenceInput } from "../fixtures/render/reference-plan.js";

export type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** The default theme, loaded once. */
export async function defaultTheme(): Promise<Theme> {
  const loaded = await loadTheme(null);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.theme;
}

/** Every file of a planet made from the reference posts' bodies; throws when a template fails. */
export function renderFiles(input: RenderInput, theme: Theme): SiteFile[] {
  const rendered = renderPlanet(input, theme, REFERENCE_BODIES);
  if (!rendered.ok) throw new Error(rendered.error);
  return rendered.files;
}

/** The reference planet at `path` ("" or "planet/"), as a map from file path to text. */
export async function renderReference(path = ""): Promise<Map<string, string>> {
  const files = renderFiles(referenceInput(path), await defaultTheme());
  return new Map(files.map((f: SiteFile) => [f.path, text(f.content)]));
}

export function text(content: string | Uint8Array): string {
  return typeof content === "string" ? content : new TextDecoder().decode(content);
}

/** A parsed HTML page with a few CSS-class helpers. */
export function page(html: string) {
  const doc = parseDocument(html);
  const all = (tag: string) => DomUtils.getElementsByTagName(tag, doc.children, true);
  const byClass = (cls: string, root: Element[] | typeof doc.children = doc.children) =>
    DomUtils.findAll((el) => (el.attribs.class ?? "").split(/\s+/).includes(cls), root);
  return { doc, all, byClass };
}

/** The visible text of an element, whitespace collapsed. */
export function textOf(el: Element | Element[]): string {
  return DomUtils.textContent(el).replace(/\s+/g, " ").trim();
}

/** Every href/src of a page that is relative (not a scheme, not a fragment). */
export function relativeRefs(html: string): string[] {
  const { doc } = page(html);
  const refs: string[] = [];
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    for (const attr of ["href", "src"]) {
      const value = el.attribs[attr];
      if (value !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith("#"))
        refs.push(value);
    }
  }
  return refs;
}

/** Resolves a relative reference from a page at `from` (a path inside the site). */
export function resolveRef(from: string, ref: string): string {
  return posix.normalize(posix.join(posix.dirname(from), ref.split(/[?#]/)[0]));
}

/**
 * A river page's structure as text: a line per day heading, author header and entry (its
 * language, title or "(untitled)", time, "+ continue reading"), then the pagination links. On a
 * monthly archive, a line per listed entry (language, title, time, author) under its day.
 */
export function riverOutline(html: string): string {
  const doc = page(html);
  const lines: string[] = [];
  for (const day of doc.byClass("day")) {
    lines.push(`day ${textOf(doc.byClass("day-heading", [day]))}`);
    for (const run of doc.byClass("run", [day])) {
      lines.push(`  author ${textOf(doc.byClass("author", [run]))}`);
      for (const entry of doc.byClass("entry", [run])) lines.push(`    ${entryLine(doc, entry)}`);
    }
    for (const entry of doc.byClass("archive-entry", [day])) {
      lines.push(`  ${listedLine(doc, entry)}`);
    }
  }
  const pager = doc
    .byClass("pagination")
    .flatMap((nav) => doc.byClass("older", [nav]).concat(doc.byClass("newer", [nav])));
  for (const link of pager) lines.push(`page ${link.attribs.class} → ${link.attribs.href}`);
  return `${lines.join("\n")}\n`;
}

function listedLine(doc: ReturnType<typeof page>, entry: Element): string {
  const [title] = doc.byClass("archive-title", [entry]);
  const untitled = doc.byClass("untitled", [entry]).length > 0;
  return [
    `listed [${title?.attribs.lang ?? "-"}]`,
    untitled || title === undefined ? "(untitled)" : `"${textOf(title)}"`,
    `(${textOf(doc.byClass("archive-time", [entry]))})`,
    textOf(doc.byClass("archive-author", [entry])),
  ].join(" ");
}

function entryLine(doc: ReturnType<typeof page>, entry: Element): string {
  const title = doc.byClass("entry-title", [entry]);
  const parts = [
    `entry [${entry.attribs.lang ?? "-"}]`,
    title.length > 0 ? `"${textOf(title)}"` : "(untitled)",
    textOf(doc.byClass("entry-time", [entry])),
  ];
  if (doc.byClass("continue", [entry]).length > 0) parts.push("+ continue reading");
  return parts.join(" ");
}
