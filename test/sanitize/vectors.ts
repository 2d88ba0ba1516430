/** Reads the attack corpus: test/fixtures/sanitize/attacks/*.txt, one `#: purpose` per vector. */
import { readdirSync, readFileSync } from "node:fs";

/** One attack vector, with the file it came from and what it checks. */
export interface Vector {
  file: string;
  purpose: string;
  html: string;
}

const attacksDir = new URL("../fixtures/sanitize/attacks/", import.meta.url);

/** The vectors of one file in the corpus format (`#: purpose` line, then the vector). */
export function parseVectors(file: string, text: string): Vector[] {
  const vectors: Vector[] = [];
  for (const block of text.split(/^#: /m).slice(1)) {
    const newline = block.indexOf("\n");
    const purpose = block.slice(0, newline).trim();
    const html = block.slice(newline + 1).replace(/\n+$/, "");
    vectors.push({ file, purpose, html });
  }
  return vectors;
}

/** Every vector of every category file. */
export function loadVectors(): Vector[] {
  return readdirSync(attacksDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((name) => parseVectors(name, readFileSync(new URL(name, attacksDir), "utf8")));
}
