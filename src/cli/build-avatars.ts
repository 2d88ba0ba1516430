/** The people's local avatar files, copied into the site so pages can show them. */
import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { PersonSpec, SiteConfig, SiteFile } from "../model.js";

/** Copies local avatar files into the site as avatars/<id>.<ext> and points people at them. */
export async function collectAvatars(
  config: SiteConfig,
): Promise<{ people: PersonSpec[]; files: SiteFile[] }> {
  const files: SiteFile[] = [];
  const people = await Promise.all(
    config.people.map(async (person) => {
      const avatar = person.avatar;
      if (avatar === null || /^https?:\/\//i.test(avatar)) return person;
      const path = `avatars/${person.id}${extname(avatar).toLowerCase()}`;
      try {
        files.push({ path, content: await readFile(resolve(config.dir, avatar)) });
        return { ...person, avatar: path };
      } catch {
        // A missing avatar is not worth failing a build over: the header shows no picture.
        return { ...person, avatar: null };
      }
    }),
  );
  return { people, files };
}
