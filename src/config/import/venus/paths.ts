/**
 * Where each Venus planet goes in one Orrery site: the site's link is the deepest folder all
 * their links share, and each planet's path is the rest (so http://planet.gentoo.org/ and
 * http://planet.gentoo.org/universe/ become the site root and "universe/"). Planets with no
 * link, or on other hosts, are put in a folder named after their position.
 */

/** The site link and one path per planet ("" for the site root, else ending in "/"). */
export function planetPaths(links: Array<string | null>): { site: string | null; paths: string[] } {
  const folders = links.map((link) =>
    link !== null && URL.canParse(link) ? new URL("./", link) : null,
  );
  const known = folders.filter((f): f is URL => f !== null);
  if (known.length === 0)
    return { site: null, paths: links.map((_, i) => (i === 0 ? "" : `planet-${i + 1}/`)) };
  const origin = known[0].origin;
  let common = known[0].pathname.split("/").slice(0, -1);
  for (const folder of known) {
    if (folder.origin !== origin) continue;
    const parts = folder.pathname.split("/").slice(0, -1);
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
  }
  const sitePath = `${common.join("/")}/`;
  const paths = folders.map((folder, i) => {
    if (folder === null || folder.origin !== origin) return `planet-${i + 1}/`;
    return folder.pathname.slice(sitePath.length);
  });
  return { site: `${origin}${sitePath}`, paths };
}
