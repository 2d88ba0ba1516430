// The parts of an HTTP Content-Type that decide a feed's encoding (RFC 9110 §8.3).

/** A Content-Type split into its lowercase media type and its charset parameter, if any. */
export interface ContentType {
  mediaType: string;
  charset: string | null;
}

/** Splits "application/rss+xml; charset=\"UTF-8\"" into media type and charset. */
export function parseContentType(header: string | null): ContentType {
  if (header === null) return { mediaType: "", charset: null };
  const [type, ...params] = header.split(";");
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== "charset") continue;
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim();
    if (value !== "") charset = value;
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

/**
 * True when the charset parameter of this media type is to be believed for an XML body.
 * RFC 3023 §3 makes it authoritative for application/xml, text/xml and their "+xml" kin;
 * feedparser also honours it for any other text/* type (feeds are served as text/html and
 * text/plain with a correct charset). For application/octet-stream and the like it is noise.
 * https://www.rfc-editor.org/rfc/rfc3023#section-3
 */
export function isCharsetAuthoritative(mediaType: string): boolean {
  return (
    mediaType.endsWith("/xml") ||
    mediaType.endsWith("+xml") ||
    mediaType.startsWith("text/") ||
    mediaType === ""
  );
}

/** True for JSON media types (application/json, application/feed+json, ...). */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType.endsWith("/json") || mediaType.endsWith("+json");
}
