/** Imports into the config (Planet Venus INI, OPML) and the OPML export. */

export { importOpml } from "./opml/read-opml.js";
export { exportOpml } from "./opml/write-opml.js";
export type { ImportResult, SiteDraft } from "./result.js";
export { type IniSource, importVenus } from "./venus/import-venus.js";
