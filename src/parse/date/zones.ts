/**
 * Time zone names seen in feeds, in minutes east of UTC. Abbreviations are ambiguous by nature;
 * each picks the reading feeds mean most often: CST is US Central (not China), IST is India
 * (not Ireland or Israel), BST is British Summer Time. https://www.timeanddate.com/time/zones/
 */
const ZONE_GROUPS: readonly (readonly [string, number])[] = [
  ["ut utc gmt z zulu wet", 0],
  // North America (RFC 822 §5.1), plus the season-less forms feedparser also knows
  ["est et cdt", -300],
  ["edt ast at clt", -240],
  ["cst ct mdt", -360],
  ["mst mt pdt", -420],
  ["pst pt akdt", -480],
  ["akst hadt", -540],
  ["hst hast", -600],
  ["adt brt art", -180],
  ["nst", -210],
  ["ndt", -150],
  // Europe and Africa, including the German MEZ/MESZ that German feeds write
  ["bst west cet met mez wat", 60],
  ["cest mest mesz eet cat sast", 120],
  ["eest msk eat", 180],
  ["msd", 240],
  // Asia and Oceania
  ["pkt", 300],
  ["ist", 330],
  ["npt", 345],
  ["ict wib", 420],
  ["hkt sgt pht awst", 480],
  ["jst kst", 540],
  ["acst", 570],
  ["aest", 600],
  ["acdt", 630],
  ["aedt", 660],
  ["nzst", 720],
  ["nzdt", 780],
];

const NAMED_ZONES: ReadonlyMap<string, number> = new Map(
  ZONE_GROUPS.flatMap(([names, minutes]) => names.split(" ").map((n) => [n, minutes] as const)),
);

/**
 * Military single letters, with their real nautical offsets (A is UTC+1, N is UTC-1, J unused).
 * RFC 822 printed the signs reversed (RFC 1123 §5.2.14); the letters are rare and the widely
 * taught convention is what a writer who uses them today means.
 */
function militaryOffset(letter: string): number | undefined {
  const c = letter.charCodeAt(0);
  if (letter === "z") return 0;
  if (c >= 97 && c <= 105) return (c - 96) * 60; // a-i: +1..+9
  if (c >= 107 && c <= 109) return (c - 97) * 60; // k-m: +10..+12
  if (c >= 110 && c <= 121) return -(c - 109) * 60; // n-y: -1..-12
  return undefined;
}

// U+2212 MINUS SIGN turns up where a CMS typeset the offset.
const NUMERIC = /^(?:gmt|utc|ut)?([+\-\u2212])(\d{1,2})(?::?(\d\d))?$/;

/** Minutes east of UTC for a zone name, military letter or numeric offset; undefined if unknown. */
export function zoneOffset(token: string): number | undefined {
  const key = token.toLowerCase();
  const named = NAMED_ZONES.get(key);
  if (named !== undefined) return named;
  if (key.length === 1) return militaryOffset(key);
  const m = NUMERIC.exec(key);
  if (!m) return undefined;
  // A one-digit hour with minutes ("+200") is not a form anyone writes on purpose.
  if (m[2].length === 1 && m[3] !== undefined) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[3] ?? 0) > 59) return undefined;
  return m[1] === "+" ? minutes : -minutes;
}
