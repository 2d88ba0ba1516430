/**
 * The INI dialect of Planet Venus and Planet 2.0 config files: Python's ConfigParser
 * (https://docs.python.org/2/library/configparser.html). Sections, `key = value` or
 * `key: value` (keys case-insensitive), indented continuation lines, `#` and `;` comments,
 * a [DEFAULT] section whose keys every section inherits, and `%(key)s` interpolation.
 */

/** One value and the line it was written on. */
export interface IniValue {
  value: string;
  line: number;
  /** The section it was written in: "DEFAULT" for inherited values. */
  section: string;
}

/** A section: its name as written, where it starts, and its keys in order. */
export interface IniSection {
  name: string;
  line: number;
  values: Map<string, IniValue>;
}

/** A parsed file: its sections (DEFAULT merged into each) and the lines it could not read. */
export interface IniFile {
  sections: IniSection[];
  errors: Array<{ line: number; message: string }>;
}

const SECTION = /^\[(.+)\]\s*$/;
const OPTION = /^([^=:\s][^=:]*?)\s*[=:]\s?(.*)$/;

/** Parses INI text; never throws. */
export function parseIni(text: string): IniFile {
  const sections = new Map<string, IniSection>();
  const errors: IniFile["errors"] = [];
  let current: IniSection | null = null;
  let last: IniValue | null = null;
  for (const [i, raw] of text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .entries()) {
    const line = i + 1;
    if (raw.trim() === "" || /^[#;]/.test(raw) || /^rem\s/i.test(raw)) {
      if (raw.trim() === "") last = null;
      continue;
    }
    if (/^\s/.test(raw) && last !== null) {
      last.value += `\n${raw.trim()}`;
      continue;
    }
    const header = SECTION.exec(raw);
    if (header !== null) {
      const name = header[1].trim();
      current = sections.get(name) ?? { name, line, values: new Map() };
      sections.set(name, current);
      last = null;
      continue;
    }
    const option = OPTION.exec(raw.trim());
    if (option === null || current === null) {
      errors.push({
        line,
        message: current === null ? "a value before any [section]" : "not a `key = value` line",
      });
      continue;
    }
    last = { value: stripInlineComment(option[2]).trim(), line, section: current.name };
    current.values.set(option[1].trim().toLowerCase(), last);
  }
  return { sections: withDefaults([...sections.values()]), errors };
}

// Python 2's ConfigParser, which Venus ran on, drops " ;comment" at the end of a value.
function stripInlineComment(value: string): string {
  const at = value.search(/\s;/);
  return at < 0 ? value : value.slice(0, at);
}

function withDefaults(sections: IniSection[]): IniSection[] {
  const defaults =
    sections.find((s) => s.name === "DEFAULT")?.values ?? new Map<string, IniValue>();
  return sections
    .filter((s) => s.name !== "DEFAULT")
    .map((s) => {
      const values = new Map([...defaults, ...s.values]);
      for (const [key, v] of values) values.set(key, { ...v, value: interpolate(v.value, values) });
      return { ...s, values };
    });
}

/** `%(key)s` replaced by the key's value (one level deep, as is enough in practice); `%%` is `%`. */
function interpolate(value: string, values: Map<string, IniValue>): string {
  return value.replace(/%\((\w+)\)s|%%/g, (whole, key: string | undefined) =>
    key === undefined ? "%" : (values.get(key.toLowerCase())?.value ?? whole),
  );
}
