#!/usr/bin/env node
/** The `orrery` command: reads the sub-command and hands over to its orchestrator. */
import { commands } from "./commands.js";
import { usage } from "./usage.js";

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    process.stdout.write("orrery 0.1.0\n");
    return 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`orrery: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `orrery: internal error: ${error instanceof Error ? error.stack : error}\n`,
    );
    process.exitCode = 1;
  },
);
