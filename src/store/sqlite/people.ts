/** The people table: who the config names, kept (inactive) when removed from it. */
import type { Database } from "better-sqlite3";
import type { PersonSpec } from "../../model.js";

const COLUMNS = ["name", "nick", "avatar", "links"] as const;

/** Prepared statements on `people`. */
export function preparePeople(db: Database) {
  // The WHERE clause makes a re-sync of an unchanged config write nothing.
  const upsert = db.prepare(`
    INSERT INTO people (id, ${COLUMNS.join(", ")}, active) VALUES (@id, @name, @nick, @avatar, @links, 1)
    ON CONFLICT (id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(", ")}, active = 1
    WHERE (${COLUMNS.map((c) => `people.${c}`).join(", ")}, people.active)
      IS NOT (${COLUMNS.map((c) => `excluded.${c}`).join(", ")}, 1)`);
  const deactivateOthers = db.prepare(
    "UPDATE people SET active = 0 WHERE active = 1 AND id NOT IN (SELECT value FROM json_each(?))",
  );
  return {
    /** Upserts every person and marks those no longer listed inactive. */
    sync(people: readonly PersonSpec[]): void {
      for (const p of people) {
        upsert.run({
          id: p.id,
          name: p.name,
          nick: p.nick,
          avatar: p.avatar,
          links: JSON.stringify(p.links),
        });
      }
      deactivateOthers.run(JSON.stringify(people.map((p) => p.id)));
    },
  };
}
