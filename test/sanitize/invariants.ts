/**
 * The invariants every sanitized fragment must hold, checked independently of the policy's
 * own code: well-formed (as XML, the strictest reading), only harmless elements and
 * attributes, only safe URL schemes, and sanitizing again changes nothing.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { SaxesParser } from "saxes";
import { sanitizeHtml } from "../../src/sanitize/index.js";

const FORBIDDEN_TAGS = new Set([
  "script", "style", "object", "embed", "applet", "form", "input", "button", "textarea",
  "select", "option", "meta", "link", "base", "svg", "math", "template", "noscript", "frame",
  "frameset", "portal", "xmp", "plaintext", "title", "noembed", "noframes", "isindex", "keygen",
  "html", "head", "body", "marquee",
]); // biome-ignore format: a word list
const FORBIDDEN_ATTRIBUTES = new Set([
  "style", "id", "name", "srcdoc", "formaction", "action", "target", "ping", "xlink:href",
  "data", "autofocus", "contenteditable", "popover", "tabindex", "form", "download",
]); // biome-ignore format: a word list
const URL_ATTRIBUTES = new Set(["href", "src", "poster", "cite", "longdesc"]);
const EMBED_HOSTS = [
  "www.youtube.com",
  "youtube.com",
  "www.youtube-nocookie.com",
  "player.vimeo.com",
];

function isSafeUrl(tag: string, attribute: string, value: string): boolean {
  if (tag === "img" && attribute === "src" && /^data:image\/(png|gif|jpe?g|webp)[;,]/.test(value))
    return true;
  if (/^(https?):\/\//.test(value)) return true;
  if (tag === "a" && attribute === "href" && value.startsWith("mailto:")) return true;
  // Relative: no scheme at all, once the characters browsers ignore are removed.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters browsers ignore
  const bare = value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  return !/^[a-z][a-z0-9+.-]*:/i.test(bare) && !/^[\\/]{2}/.test(bare);
}

function attributeProblems(tag: string, attribs: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(attribs)) {
    if (name.startsWith("on")) problems.push(`event handler ${tag}[${name}]`);
    if (FORBIDDEN_ATTRIBUTES.has(name)) problems.push(`forbidden attribute ${tag}[${name}]`);
    if (name === "class" && !(tag === "code" && /^language-[\w+#.-]+$/.test(value)))
      problems.push(`class ${tag}[class=${value}]`);
    if (URL_ATTRIBUTES.has(name) && !isSafeUrl(tag, name, value))
      problems.push(`unsafe URL ${tag}[${name}=${value}]`);
    if (name === "srcset")
      for (const candidate of value.split(/,\s+/)) {
        if (!isSafeUrl(tag, name, candidate.trim().split(/\s+/)[0]))
          problems.push(`unsafe srcset ${value}`);
      }
  }
  return problems;
}

function iframeProblems(attribs: Record<string, string>): string[] {
  const host = URL.canParse(attribs.src ?? "") ? new URL(attribs.src).hostname : "";
  const problems = EMBED_HOSTS.includes(host) ? [] : [`iframe from ${attribs.src}`];
  if (!attribs.sandbox) problems.push("iframe without sandbox");
  return problems;
}

/** What makes the fragment unsafe (an empty list when it is safe). */
export function dangerProblems(html: string): string[] {
  const document = parseDocument(html, { decodeEntities: true });
  const problems: string[] = [];
  for (const element of DomUtils.findAll(() => true, document.children)) {
    if (FORBIDDEN_TAGS.has(element.name)) problems.push(`forbidden element <${element.name}>`);
    if (element.name === "iframe") problems.push(...iframeProblems(element.attribs));
    problems.push(...attributeProblems(element.name, element.attribs));
  }
  return problems;
}

/** Why the fragment is not well-formed read as XML, or null when it is. */
export function wellFormedProblem(html: string): string | null {
  let problem: string | null = null;
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    problem ??= error.message;
  });
  // Characters XML forbids (control characters) are not structure: blank them for this check.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly those characters
  const xmlSafe = html.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, " ");
  parser.write(`<root>${xmlSafe}</root>`).close();
  return problem;
}

/** Every broken invariant of `output`, the sanitized form of some input, with that base. */
export function invariantProblems(output: string, base: string | null): string[] {
  const problems = dangerProblems(output);
  const formed = wellFormedProblem(output);
  if (formed) problems.push(`not well-formed: ${formed}`);
  const again = sanitizeHtml(output, { base });
  if (again !== output) problems.push(`not idempotent: ${JSON.stringify(again)}`);
  return problems;
}
