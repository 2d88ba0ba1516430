/** Reading the config file from disk. */
import { readFile } from "node:fs/promises";
import type { ConfigResult } from "./parse-config.js";
import { parseConfig } from "./parse-config.js";

/** Reads and validates a config file (missing/unreadable file is an error value, not a throw). */
export async function loadConfig(file: string): Promise<ConfigResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file (create one with `orrery init`)"
        : `cannot read it (${code ?? String(error)})`;
    return { ok: false, errors: [{ file, line: 1, column: 1, key: "", message: reason }] };
  }
  return parseConfig(text, file);
}
