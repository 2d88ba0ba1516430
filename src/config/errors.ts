/** Config errors as values: where (file, line, column), which key, and what is wrong. */

/** One problem found in a config file. Lines and columns start at 1; key is a dotted path. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  /** "people.mgorny.feeds[1].tags"; "" for the document itself. */
  key: string;
  message: string;
}

/** "orrery.yaml:12:5: people.mgorny.feeds[1].tags: expected a list of strings, got a number" */
export function formatConfigError(e: ConfigError): string {
  const where = `${e.file}:${e.line}:${e.column}`;
  return e.key === "" ? `${where}: ${e.message}` : `${where}: ${e.key}: ${e.message}`;
}

/** Orders errors as they appear in the file, so a reader fixes them top to bottom. */
export function sortErrors(errors: ConfigError[]): ConfigError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
