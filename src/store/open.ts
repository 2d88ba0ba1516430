/** Choosing and opening the backend a config's `database` names. */
import { openSqlite } from "./sqlite/connection.js";
import { createSqliteStore } from "./sqlite/sqlite-store.js";
import type { OpenStoreResult } from "./store.js";

/** Opens (creating and migrating) the store named by `database`: a file path → SQLite. */
export async function openStore(database: string): Promise<OpenStoreResult> {
  if (/^postgres(ql)?:\/\//i.test(database)) {
    return {
      ok: false,
      error: "PostgreSQL databases are not supported yet; use a SQLite file path",
    };
  }
  if (database.trim() === "") return { ok: false, error: "no database file given" };
  const opened = openSqlite(database);
  if (!opened.ok) return opened;
  return { ok: true, store: createSqliteStore(opened.db) };
}
