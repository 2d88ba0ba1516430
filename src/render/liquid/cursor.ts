/** A cursor over a tag's or output's text, reading names and words as liquidjs does. */
import { isBlank, Unsupported } from "./lexer.js";

/** What the parser knows about where it parses: inside a `for` body, `forloop` is readable. */
export interface Where {
  inLoop: boolean;
}

const WORD = /[A-Za-z0-9_?-]/;

export class Cursor {
  p = 0;
  constructor(
    readonly text: string,
    readonly where: Where,
  ) {}

  skipBlank(): void {
    while (this.p < this.text.length && isBlank(this.text.charCodeAt(this.p))) this.p++;
  }
  end(): boolean {
    this.skipBlank();
    return this.p >= this.text.length;
  }
  peek(n = 0): string {
    return this.text[this.p + n] ?? "";
  }
  eat(word: string): boolean {
    this.skipBlank();
    if (!this.text.startsWith(word, this.p)) return false;
    const after = this.text[this.p + word.length] ?? "";
    if (WORD.test(word[word.length - 1] ?? "") && isWordChar(after)) return false;
    this.p += word.length;
    return true;
  }
  expect(word: string): void {
    if (!this.eat(word)) throw new Unsupported(`expected ${word} in ${this.text}`);
  }
  identifier(): string {
    this.skipBlank();
    const begin = this.p;
    while (this.p < this.text.length && isWordChar(this.text[this.p] ?? "")) this.p++;
    const name = this.text.slice(begin, this.p);
    if (!/^[A-Za-z_][A-Za-z0-9_?-]*$/.test(name)) throw new Unsupported(`name ${name}`);
    return name;
  }
}

export function isWordChar(c: string): boolean {
  if (c === "") return false;
  if (c.charCodeAt(0) >= 128) throw new Unsupported("non-ASCII name");
  return WORD.test(c);
}
