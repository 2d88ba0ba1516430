/** Reading and rewriting the config file for the commands that edit it (add, import). */
import { readFile, rename, writeFile } from "node:fs/promises";
import { formatConfigError, parseConfig } from "../config/index.js";

/** The config's text; null when the file does not exist; an error for anything else. */
export async function readConfigText(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Prints the config's errors; true when it is valid. */
export function isValidConfig(text: string, file: string): boolean {
  const result = parseConfig(text, file);
  if (result.ok) return true;
  for (const error of result.errors) process.stderr.write(`${formatConfigError(error)}\n`);
  return false;
}

/**
 * Writes the edited config, only when it still validates, through a temporary file and a
 * rename, so a crash never leaves half a config. False (and nothing written) when invalid.
 */
export async function writeConfigText(file: string, text: string): Promise<boolean> {
  if (!isValidConfig(text, file)) {
    process.stderr.write("orrery: the edited config would not be valid; nothing was changed.\n");
    return false;
  }
  const temporary = `${file}.orrery-${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  return true;
}
