/** The help text of the `orrery` command. */
export function usage(): string {
  return `Usage: orrery <command> [options]

Commands:
  parse --json SOURCE...   print what the parser understood of each feed (NDJSON)

Run "orrery <command> --help" for a command's options.
`;
}
