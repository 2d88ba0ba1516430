/** The help text of the `orrery` command. */
export function usage(): string {
  return `Usage: orrery <command> [options]

Commands:
  run       refresh every due feed, then build the site (the main job)
  refresh   fetch every due feed and store what changed
  build     render every planet from the store and publish it atomically
  check     validate the config; list failing, moved and gone feeds with the edits to make
  init      [FOLDER]: write a commented orrery.yaml and a theme override folder
  parse     --json SOURCE...: print what the parser understood of each feed (NDJSON)
  add       URL: find a blog's feed from its page and add the person to the config
  import    venus CONFIG.INI... | opml FILE: merge another aggregator's subscriptions
  export    opml: print the config's subscriptions as OPML

Every command that reads the config takes --config FILE (default ./orrery.yaml).
Run "orrery <command> --help" for a command's options.
`;
}
