/** `orrery init`: scaffold a new planet — a commented config and an empty theme override folder. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { scaffoldConfig } from "../config/index.js";

const help = `Usage: orrery init [FOLDER]

Writes FOLDER/orrery.yaml (a commented starting config) and FOLDER/theme/ (put a template or
asset there to override the default theme's). Never overwrites an existing config.
`;

const themeReadme = `Files here override the default theme's files of the same name (templates *.liquid,
style.css, ...). Set \`theme: theme/\` in orrery.yaml to use them. See docs/themes.md.
`;

/** Runs the command; returns the exit status. */
export async function initCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const dir = resolve(positionals[0] ?? ".");
  const file = join(dir, "orrery.yaml");
  await mkdir(join(dir, "theme"), { recursive: true });
  try {
    await writeFile(file, scaffoldConfig(), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    process.stderr.write(`orrery: ${file} exists already; nothing was changed\n`);
    return 2;
  }
  await writeFile(join(dir, "theme", "README.txt"), themeReadme, { flag: "w" });
  process.stdout.write(`wrote ${file}\nedit it, then run: orrery run --config ${file}\n`);
  return 0;
}
