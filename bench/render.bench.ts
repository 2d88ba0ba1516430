/**
 * `npm run bench:render`: µs per render of the default theme's entry.liquid and of one river
 * page (river.liquid in layout.liquid, author.liquid per run, 50 entries whose markup is
 * already rendered), through the fast engine and through liquidjs. One core, in-process.
 */
import { compileTheme, type EngineKind, type ThemeEngine } from "../src/render/engine.js";
import { DEFAULT_STRINGS, loadTheme } from "../src/render/index.js";

const loaded = await loadTheme(null);
if (!loaded.ok) throw new Error(loaded.error);
const theme = loaded.theme;

const planet = { id: "universe", title: "Bench <Universe>", description: "All of it & more", link: "https://bench.example.org/", language: "en" }; // biome-ignore format: data
const site = { title: "Bench", link: "https://bench.example.org/", description: null };
const strings = { ...DEFAULT_STRINGS };
const chrome = {
  site,
  planet,
  strings,
  links: Object.fromEntries(
    ["home", "archives", "people", "health", "atom", "rss", "json", "opml", "style"].map((k) => [
      k,
      `../${k}/`,
    ]),
  ),
  planets: [{ title: "Bench Universe", url: "../", current: true }, { title: "Planet", url: "../planet/", current: false }], // biome-ignore format: data
  generated: { datetime: "2026-01-01T00:00:00Z", text: "1 January 2026, 00:00" },
};

function entry(i: number) {
  return {
    id: `e-${i.toString(36)}`,
    title: i % 7 === 0 ? null : `Post number ${i} about <things> & "stuff"`,
    link: `https://blog${i % 100}.example.org/posts/${i}/`,
    html: `<p>${'Some text of the entry, with a <a href="https://example.org/">link</a>. '.repeat(6)}</p>`,
    truncated: i % 3 === 0,
    datetime: "2025-12-31T12:00:00Z",
    time: "12:00",
    lang: i % 5 === 0 ? "fr" : null,
    categories: i % 2 === 0 ? ["gentoo", "python", "packaging"] : [],
    feed_title: `Blog ${i % 100}`,
    feed_url: `https://blog${i % 100}.example.org/feed.xml`,
    site_url: `https://blog${i % 100}.example.org/`,
    rendered: "",
  };
}

function riverScope(engine: ThemeEngine) {
  let n = 0;
  const days = Array.from({ length: 5 }, (_, d) => ({
    date: `2025-12-${20 + d}`,
    heading: `Saturday, ${20 + d} December 2025`,
    runs: Array.from({ length: 2 }, (_, r) => ({
      author: { id: `p${r}`, name: `Person ${r}`, nick: `nick${r}`, avatar: null, url: `../people/p${r}/`, links: [{ name: "homepage", url: `https://blog${r}.example.org/` }] }, // biome-ignore format: data
      entries: Array.from({ length: 5 }, () => {
        const view = entry(n++);
        view.rendered = engine.render("entry", { entry: view, strings, planet, site });
        return view;
      }),
    })),
  }));
  const page = { title: "Bench", kind: "page", path: "page/2/", newer: "../../", older: "../3/" };
  return { ...chrome, page, days, person: null };
}

/** Median µs per call of `run`, over several rounds after a warm-up. */
function measure(run: () => void, calls: number): number {
  for (let i = 0; i < calls; i++) run();
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) run();
    rounds.push(Number(process.hrtime.bigint() - start) / 1000 / calls);
  }
  return rounds.sort((a, b) => a - b)[2] as number;
}

const results: Record<string, { entry: number; river: number }> = {};
for (const kind of ["liquidjs", "fast"] as EngineKind[]) {
  const compiled = compileTheme(theme, { engine: kind });
  if (!compiled.ok || compiled.engine.kind !== kind) throw new Error(`no ${kind} engine`);
  const engine = compiled.engine;
  const entries = Array.from({ length: 1000 }, (_, i) => entry(i));
  let i = 0;
  const perEntry = measure(() => {
    engine.render("entry", { entry: entries[i++ % entries.length], strings, planet, site });
  }, 20_000);
  const scope = riverScope(engine);
  const perRiver = measure(() => engine.render("river", scope), 300);
  results[kind] = { entry: perEntry, river: perRiver };
  console.log(`${kind.padEnd(8)}: entry.liquid ${perEntry.toFixed(1)} µs, river page (50 entries) ${perRiver.toFixed(0)} µs`); // biome-ignore format: a line of output
}
const { fast, liquidjs } = results as Record<EngineKind, { entry: number; river: number }>;
console.log(`speed-up : entry ${(liquidjs.entry / fast.entry).toFixed(1)}×, river page ${(liquidjs.river / fast.river).toFixed(1)}×`); // biome-ignore format: a line of output
