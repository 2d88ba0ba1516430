/** The parts of every page around its content: titles, navigation, feed links, footer. */
import type { DateFormats } from "./dates.js";
import type { RenderInput } from "./input.js";
import { type PageLocation, planetUrl, siteUrl } from "./paths.js";
import { safeHref } from "./safe-url.js";

/** The variables every template receives (see docs/themes.md). */
export interface ChromeView {
  site: { title: string; link: string | null; description: string | null };
  planet: {
    id: string;
    title: string;
    description: string | null;
    link: string | null;
    language: string;
  };
  strings: Record<string, string>;
  links: {
    home: string;
    archives: string;
    people: string;
    health: string;
    health_json: string;
    atom: string;
    rss: string;
    json: string;
    opml: string;
    style: string;
    theme: string;
  };
  planets: { title: string; url: string; current: boolean }[];
  generated: { datetime: string; text: string };
}

/** The chrome of a page at `at`. */
export function chromeView(
  input: RenderInput,
  at: PageLocation,
  strings: Record<string, string>,
  dates: DateFormats,
): ChromeView {
  const { planet } = input.plan;
  const url = (target: string) => planetUrl(at, target);
  return {
    site: {
      title: input.site.title,
      link: safeHref(input.site.link),
      description: input.site.description,
    },
    planet: {
      id: planet.id,
      title: planet.title,
      description: planet.description,
      link: safeHref(planet.link),
      language: planet.language,
    },
    strings,
    links: {
      home: url(""),
      archives: url("archive/"),
      people: url("people/"),
      health: url("health.html"),
      health_json: url("health.json"),
      atom: url("atom.xml"),
      rss: url("rss.xml"),
      json: url("feed.json"),
      opml: url("opml.xml"),
      style: url("theme/style.css"),
      theme: `${at.toPlanet}theme/`,
    },
    planets: input.planets.map((p) => ({
      title: p.title,
      url: siteUrl(at, p.path),
      current: p.path === planet.path,
    })),
    generated: { datetime: input.generatedAt, text: dates.time(input.generatedAt) },
  };
}
