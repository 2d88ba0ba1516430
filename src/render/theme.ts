/** Loading a theme from disk: the default theme overlaid, file by file, with a user's folder. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteFile } from "../model.js";
import { compileTheme } from "./engine.js";
import type { Theme } from "./input.js";

/** The default theme ships beside the code: src/render → themes/default, dist/render likewise. */
const DEFAULT_THEME_DIR = fileURLToPath(new URL("../../themes/default/", import.meta.url));

/** The folder inside each planet where theme assets are published. */
const ASSET_FOLDER = "theme/";

/** Loads the default theme, overlaid file by file with a user's theme folder (I/O at the edge). */
export async function loadTheme(
  overrideDir: string | null,
): Promise<{ ok: true; theme: Theme } | { ok: false; error: string }> {
  const base = await readThemeDir(DEFAULT_THEME_DIR);
  if (!base.ok) return { ok: false, error: `default theme: ${base.error}` };
  let files = base.files;
  if (overrideDir !== null) {
    const user = await readThemeDir(overrideDir);
    if (!user.ok) return { ok: false, error: `theme folder ${overrideDir}: ${user.error}` };
    files = new Map([...files, ...user.files]);
  }
  const theme = toTheme(files);
  const compiled = compileTheme(theme);
  return compiled.ok ? { ok: true, theme } : { ok: false, error: compiled.error };
}

/** Splits a theme's files into templates (*.liquid) and assets (everything else). */
export function toTheme(files: Map<string, Uint8Array>): Theme {
  const templates: Record<string, string> = {};
  const assets: SiteFile[] = [];
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (path.endsWith(".liquid")) templates[path] = new TextDecoder().decode(content);
    else assets.push({ path: ASSET_FOLDER + path, content });
  }
  return { templates, assets };
}

type DirResult = { ok: true; files: Map<string, Uint8Array> } | { ok: false; error: string };

/** Every non-hidden file under `dir`, by "/"-separated relative path. */
async function readThemeDir(dir: string): Promise<DirResult> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = new Map<string, Uint8Array>();
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const full = join(entry.parentPath, entry.name);
      const path = relative(dir, full).split(sep).join("/");
      if (path.split("/").some((part) => part.startsWith("."))) continue;
      files.set(path, await readFile(full));
    }
    return { ok: true, files };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
