/**
 * A template's source cut into text, `{{ output }}` and `{% tag %}` tokens, with whitespace
 * control applied the way liquidjs applies it (greedy: every blank and newline).
 */

export type Token =
  | { kind: "text"; text: string }
  | { kind: "output"; body: string }
  | { kind: "tag"; name: string; args: string };

/** A template construct the fast engine does not handle: the theme renders through liquidjs. */
export class Unsupported extends Error {}

interface Raw {
  kind: "text" | "output" | "tag";
  begin: number;
  end: number;
  /** For text: characters trimmed at each end. For the others: the content. */
  content: string;
  trimLeft: boolean;
  trimRight: boolean;
  cutStart: number;
  cutEnd: number;
}

// liquidjs's blank characters: ASCII whitespace and the Unicode spaces it lists.
const BLANKS = new Set([9, 10, 11, 12, 13, 32, 160, 5760, 6158, 8232, 8233, 8239, 8287, 12288]);
for (let c = 8192; c <= 8202; c++) BLANKS.add(c);

export function isBlank(code: number): boolean {
  return BLANKS.has(code);
}

export function tokenize(source: string): Token[] {
  const raws = scan(source);
  for (let i = 0; i < raws.length; i++) {
    const token = raws[i] as Raw;
    if (token.kind === "text") continue;
    if (token.trimLeft) trimEnd(raws[i - 1], source);
    if (token.trimRight) trimStart(raws[i + 1], source);
  }
  return raws.map((raw) => finish(raw, source));
}

function scan(source: string): Raw[] {
  const tokens: Raw[] = [];
  let p = 0;
  while (p < source.length) {
    const tag = source.startsWith("{%", p);
    if (tag || source.startsWith("{{", p)) {
      const end = delimited(source, p, tag);
      const inner = source.slice(p + 2, end - 2);
      const trimLeft = inner.startsWith("-");
      const trimRight = inner.endsWith("-");
      const content = trimBlank(inner.slice(trimLeft ? 1 : 0, trimRight ? -1 : undefined));
      const kind = tag ? "tag" : "output";
      const token: Raw = {
        kind,
        begin: p,
        end,
        content,
        trimLeft,
        trimRight,
        cutStart: 0,
        cutEnd: 0,
      };
      tokens.push(token);
      p =
        tag && /^raw(?![\w?\-\u0080-\uffff])/.test(content) ? rawBody(source, token, tokens) : end;
      continue;
    }
    const next = nextDelimiter(source, p + 1);
    const t = { kind: "text" as const, begin: p, end: next, content: "" };
    tokens.push({ ...t, trimLeft: false, trimRight: false, cutStart: 0, cutEnd: 0 });
    p = next;
  }
  return tokens;
}

/**
 * After `{% raw %}`: its content as one text token, then the `{% endraw %}` closing it; where
 * it ends. Whitespace control does not reach inside (liquidjs ignores `raw -%}` and `{%- endraw`).
 */
function rawBody(source: string, raw: Raw, tokens: Raw[]): number {
  raw.trimRight = false;
  const close = /\{%[\t\n\v\f\r ]*endraw(?![\w?\-\u0080-\uffff])[\s\S]*?%\}/g;
  close.lastIndex = raw.end;
  const match = close.exec(source);
  // liquidjs's own scan differs from this one only around these: leave them to it.
  if (match === null || source.slice(raw.end, match.index).includes("endraw"))
    throw new Unsupported("raw");
  if (match[0].slice(2).includes("{%")) throw new Unsupported("raw");
  const text = { kind: "text" as const, begin: raw.end, end: match.index, content: "" };
  tokens.push({ ...text, trimLeft: false, trimRight: false, cutStart: 0, cutEnd: 0 });
  const inner = match[0].slice(2, -2);
  const trimRight = inner.endsWith("-");
  const content = trimBlank(trimRight ? inner.slice(0, -1) : inner);
  const end = match.index + match[0].length;
  tokens.push({
    kind: "tag",
    begin: match.index,
    end,
    content,
    trimLeft: false,
    trimRight,
    cutStart: 0,
    cutEnd: 0,
  });
  return end;
}

/** Where the next `{{` or `{%` at or after `from` starts, or the end. */
function nextDelimiter(source: string, from: number): number {
  for (let i = source.indexOf("{", from); i !== -1; i = source.indexOf("{", i + 1)) {
    const c = source[i + 1];
    if (c === "{" || c === "%") return i;
  }
  return source.length;
}

/** The end of the tag or output starting at `p`; outputs skip over quoted strings. */
function delimited(source: string, p: number, tag: boolean): number {
  const close = tag ? "%}" : "}}";
  let i = p + 2;
  while (i < source.length) {
    const c = source[i];
    if (!tag && (c === '"' || c === "'")) {
      const quoteEnd = source.indexOf(c, i + 1);
      if (quoteEnd === -1 || source.slice(i, quoteEnd).includes("\\")) throw new Unsupported();
      i = quoteEnd + 1;
      continue;
    }
    if (source.startsWith(close, i)) return i + 2;
    i++;
  }
  throw new Unsupported("unclosed tag");
}

function trimBlank(text: string): string {
  let l = 0;
  let r = text.length;
  while (l < r && isBlank(text.charCodeAt(l))) l++;
  while (r > l && isBlank(text.charCodeAt(r - 1))) r--;
  return text.slice(l, r);
}

function trimEnd(token: Raw | undefined, source: string): void {
  if (token?.kind !== "text") return;
  while (token.end - 1 - token.cutEnd >= token.begin + token.cutStart) {
    if (!isBlank(source.charCodeAt(token.end - 1 - token.cutEnd))) break;
    token.cutEnd++;
  }
}

function trimStart(token: Raw | undefined, source: string): void {
  if (token?.kind !== "text") return;
  while (token.begin + token.cutStart < token.end - token.cutEnd) {
    if (!isBlank(source.charCodeAt(token.begin + token.cutStart))) break;
    token.cutStart++;
  }
}

function finish(raw: Raw, source: string): Token {
  if (raw.kind === "text") {
    const end = Math.max(raw.begin + raw.cutStart, raw.end - raw.cutEnd);
    return { kind: "text", text: source.slice(raw.begin + raw.cutStart, end) };
  }
  if (raw.kind === "output") return { kind: "output", body: raw.content };
  const match = /^([A-Za-z_][\w?-]*)/.exec(raw.content);
  if (match === null || raw.content.charCodeAt(match[0].length) >= 128)
    throw new Unsupported(`tag ${raw.content}`);
  const name = match[1] as string;
  return { kind: "tag", name, args: trimBlank(raw.content.slice(name.length)) };
}
