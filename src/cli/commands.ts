/** Every sub-command of `orrery`, by name. Each returns its exit status. */
import { addCommand } from "./add-command.js";
import { buildCommand, runCommand } from "./build-command.js";
import { checkCommand } from "./check-command.js";
import { exportCommand } from "./export-command.js";
import { importCommand } from "./import-command.js";
import { initCommand } from "./init-command.js";
import { parseCommand } from "./parse-command.js";
import { refreshCommand } from "./refresh-command.js";

export type Command = (args: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  parse: parseCommand,
  refresh: refreshCommand,
  build: buildCommand,
  run: runCommand,
  check: checkCommand,
  init: initCommand,
  add: addCommand,
  import: importCommand,
  export: exportCommand,
};
