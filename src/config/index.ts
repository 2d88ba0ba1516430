/** The config stage: orrery.yaml → a validated SiteConfig, with every error's file, line and key. */
export { type ConfigError, formatConfigError } from "./errors.js";
export { defaultUserAgent } from "./fetch-settings.js";
export { loadConfig } from "./load-config.js";
export { type ConfigResult, parseConfig } from "./parse-config.js";
export { DEFAULT_ENTRIES_PER_PAGE, DEFAULT_EXCERPT_WORDS } from "./planets.js";
export { scaffoldConfig } from "./scaffold.js";
