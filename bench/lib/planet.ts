/** The planet the benchmarks build or refresh for: everything, the default window, excerpts. */
import type { PlanetSpec } from "../../src/model.js";

export const BENCH_PLANET: PlanetSpec = {
  id: "universe",
  title: "Bench Universe",
  description: null,
  link: "https://bench.example.org/",
  path: "",
  include: null,
  exclude: null,
  days: null,
  entriesPerPage: 30,
  excerptWords: 150,
  timeZone: "UTC",
  language: "en",
  strings: {},
};
