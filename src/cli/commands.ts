/** Every sub-command of `orrery`, by name. Each returns its exit status. */
import { parseCommand } from "./parse-command.js";

export type Command = (args: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  parse: parseCommand,
};
