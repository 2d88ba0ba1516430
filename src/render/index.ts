/** The render stage: a planet's plan plus a theme → the files of its site. */

export { EntryViews, inReuseOrder } from "./entry-views.js";
export type { RenderInput, Theme } from "./input.js";
export {
  type BodyOf,
  type FileJob,
  type MadeFile,
  planetFiles,
  renderPlanet,
} from "./render-planet.js";
export { safeHref } from "./safe-url.js";
export { DEFAULT_STRINGS } from "./strings.js";
export { loadTheme } from "./theme.js";
