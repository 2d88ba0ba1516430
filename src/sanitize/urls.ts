/**
 * URL resolution and scheme checks for attribute values. Parsing follows the WHATWG URL
 * Standard (https://url.spec.whatwg.org/) through Node's URL, the same parser browsers use, so
 * what we check is what a browser would load.
 */

// Browsers drop ASCII tab and newline anywhere in a URL, and C0 controls and spaces at both
// ends (https://url.spec.whatwg.org/#concept-basic-url-parser): "java&#10;script:" is javascript:.
function stripUrlNoise(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to strip
  return value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The URL an attribute value points to, resolved against `base`, or null when it is unsafe
 * (a scheme not in `schemes`) or unparseable. Without a base, a relative URL stays relative.
 */
export function resolveUrl(
  value: string,
  base: string | null,
  schemes: readonly string[],
): string | null {
  const url = stripUrlNoise(value);
  if (SCHEME.test(url) || base !== null) {
    const resolved = URL.parse(url, base ?? undefined);
    return resolved && schemes.includes(resolved.protocol) ? resolved.href : null;
  }
  // Scheme-relative ("//host/x", "\\host\x") has no base to take a scheme from: use https.
  if (/^[\\/]{2}/.test(url)) {
    const resolved = URL.parse(`https:${url}`);
    return resolved && schemes.includes(resolved.protocol) ? resolved.href : null;
  }
  return URL.canParse(url, "https://orrery.invalid/") ? url : null;
}

// A width ("640w") or a pixel density ("2x", "1.5x").
const VALID_DESCRIPTOR = /^(?:\d+w|\d+(?:\.\d+)?x)$/;

interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

// https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute, simplified:
// a URL is a run of non-space characters (it may hold commas), then descriptors up to a comma.
function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const pattern = /[\s,]*([^\s]+)\s*([^,]*)/g;
  for (const match of value.matchAll(pattern)) {
    let url = match[1];
    let descriptor = match[2].trim();
    if (url.endsWith(",")) {
      url = url.replace(/,+$/, "");
      // The comma ended the candidate: what followed belongs to the next one.
      pattern.lastIndex = match.index + match[0].indexOf(match[1]) + match[1].length;
      descriptor = "";
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}

/** A srcset with every candidate URL resolved and unsafe candidates left out; null if none is left. */
export function resolveSrcset(
  value: string,
  base: string | null,
  schemes: readonly string[],
): string | null {
  const kept: string[] = [];
  for (const { url, descriptor } of parseSrcset(value)) {
    // A candidate with a malformed descriptor is dropped, as browsers do.
    if (descriptor && !VALID_DESCRIPTOR.test(descriptor)) continue;
    const resolved = resolveUrl(url, base, schemes);
    // A resolved URL may not contain a bare comma+space, which would split the candidate.
    if (resolved && !/\s/.test(resolved))
      kept.push(descriptor ? `${resolved} ${descriptor}` : resolved);
  }
  return kept.length > 0 ? kept.join(", ") : null;
}
