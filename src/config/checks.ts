/** Checks on the meaning of strings: URLs, regular expressions, time zones, languages, ids. */
import { type Reader, report, type Value } from "./yaml-reader.js";

/** An absolute http(s) URL, as written; null (reported) otherwise. */
export function checkWebUrl(r: Reader, v: Value, text: string | null): string | null {
  if (text === null) return null;
  const url = URL.canParse(text) ? new URL(text) : null;
  if (url === null || (url.protocol !== "http:" && url.protocol !== "https:")) {
    report(r, v, `expected an absolute http(s) URL, got "${text}"`);
    return null;
  }
  return text;
}

// Links are shown to readers: schemes that run code or embed data are refused.
const UNSAFE_SCHEMES = new Set(["javascript:", "data:", "vbscript:", "file:", "blob:"]);

/** An absolute URL a reader may follow (http, https, mailto, xmpp, ...); null (reported) otherwise. */
export function checkLinkUrl(r: Reader, v: Value, text: string | null): string | null {
  if (text === null) return null;
  const url = URL.canParse(text) ? new URL(text) : null;
  if (url === null || UNSAFE_SCHEMES.has(url.protocol)) {
    report(r, v, `expected an absolute URL such as https://..., got "${text}"`);
    return null;
  }
  return text;
}

/** A regular expression source that compiles (matched case-insensitively later). */
export function checkRegex(r: Reader, v: Value, text: string | null): string | null {
  if (text === null) return null;
  try {
    new RegExp(text, "i");
    return text;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(
      r,
      v,
      `invalid regular expression: ${reason.replace(/^Invalid regular expression: /, "")}`,
    );
    return null;
  }
}

/** An IANA time zone name the runtime knows ("UTC", "Europe/Warsaw"). */
export function checkTimeZone(r: Reader, v: Value, text: string | null): string | null {
  if (text === null) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: text });
    return text;
  } catch {
    report(r, v, `unknown time zone "${text}" (expected an IANA name such as "Europe/Warsaw")`);
    return null;
  }
}

/** A BCP 47 language tag ("en", "pt-BR"), in its canonical spelling. */
export function checkLanguage(r: Reader, v: Value, text: string | null): string | null {
  if (text === null) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    if (canonical !== undefined) return canonical;
  } catch {
    // Reported below.
  }
  report(r, v, `expected a language tag such as "en" or "pt-BR", got "${text}"`);
  return null;
}

/** Ids of people become folder names in URLs: lower-case letters, digits, "-" and "_". */
export function isSlug(text: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*$/.test(text);
}

/** A host name such as "peertube.example.org" (no scheme, no path). */
export function checkHost(r: Reader, v: Value, text: string): string | null {
  const host = text.toLowerCase();
  if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d+)?$/.test(host))
    return host;
  report(r, v, `expected a host name such as "peertube.example.org", got "${text}"`);
  return null;
}
