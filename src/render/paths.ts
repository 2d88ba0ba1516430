/** Relative links between the pages of a planet, so a site works from file:// and any sub-path. */
import { safeHref } from "./safe-url.js";

/** How a page reaches the planet's folder and the site root. */
export interface PageLocation {
  /** The page's folder inside the planet: "" or "archive/2019/10/". */
  dir: string;
  /** Prefix from the page to the planet's folder: "" or "../../../". */
  toPlanet: string;
  /** Prefix from the page to the site root. */
  toSite: string;
}

/** Where a page in folder `dir` of the planet at `planetPath` ("" or "planet/") sits. */
export function locate(dir: string, planetPath: string): PageLocation {
  const toPlanet = "../".repeat(depth(dir));
  return { dir, toPlanet, toSite: toPlanet + "../".repeat(depth(planetPath)) };
}

/** Number of folders in a path like "a/b/" or "a/b". */
function depth(path: string): number {
  return path.split("/").filter((s) => s !== "").length;
}

/**
 * Link from a page to a planet-relative page folder ("" or "page/2/") or file ("atom.xml").
 * Folders get an explicit index.html: file:// shows a directory listing otherwise.
 */
export function planetUrl(at: PageLocation, target: string): string {
  return at.toPlanet + withIndex(target);
}

/** Link from a page to a site-relative folder or file ("planet/", "avatars/x.png"). */
export function siteUrl(at: PageLocation, target: string): string {
  return at.toSite + withIndex(target);
}

function withIndex(target: string): string {
  return target === "" || target.endsWith("/") ? `${target}index.html` : target;
}

/**
 * An avatar as seen from a page: absolute web URLs stay, site-relative paths get the page's
 * prefix; anything else (other schemes, "..", absolute local paths) is dropped.
 */
export function avatarUrl(at: PageLocation, avatar: string | null): string | null {
  if (avatar === null) return null;
  if (/^https?:\/\//i.test(avatar)) return safeHref(avatar);
  const clean = avatar.replace(/^\.\//, "");
  const segments = clean.split("/");
  const isInside =
    !clean.startsWith("/") &&
    !clean.includes(":") &&
    !clean.includes("\\") &&
    !segments.includes("..");
  return isInside && clean !== "" ? siteUrl(at, clean) : null;
}

/** Joins an absolute planet link and a planet-relative path: ("https://x/p", "atom.xml"). */
export function absoluteUrl(planetLink: string, path: string): string {
  return (planetLink.endsWith("/") ? planetLink : `${planetLink}/`) + path;
}
