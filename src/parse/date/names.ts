/**
 * Month and weekday names, English and the languages real feeds localize pubDate into
 * (German, French, Spanish, Italian, Dutch, Portuguese, Polish incl. genitive, Russian incl.
 * genitive, Swedish/Danish/Norwegian). Keys are lowercase; accent-free spellings are added
 * automatically because feeds often drop the accents ("fevrier", "marco").
 */

const MONTH_NAMES: readonly string[][] = [
  // 1
  [
    "jan",
    "january",
    "januar",
    "jänner",
    "jän",
    "janv",
    "janvier",
    "ene",
    "enero",
    "gen",
    "gennaio",
  ].concat(["januari", "janeiro", "sty", "styczeń", "stycznia", "январь", "января", "янв"]),
  [
    "feb",
    "february",
    "februar",
    "févr",
    "fév",
    "février",
    "febrero",
    "febbraio",
    "februari",
  ].concat(["fev", "fevereiro", "lut", "luty", "lutego", "февраль", "февраля", "фев", "febr"]),
  ["mar", "march", "märz", "mär", "mrz", "mars", "marzo", "maart", "mrt", "março", "marzec"].concat(
    ["marca", "март", "марта", "мар", "mart"],
  ),
  ["apr", "april", "avr", "avril", "abr", "abril", "aprile", "kwi", "kwiecień", "kwietnia"].concat([
    "апрель",
    "апреля",
    "апр",
  ]),
  ["may", "mai", "mayo", "mag", "maggio", "mei", "maio", "maj", "maja", "май", "мая"],
  ["jun", "june", "juni", "juin", "junio", "giu", "giugno", "junho", "cze", "czerwiec"].concat([
    "czerwca",
    "июнь",
    "июня",
    "июн",
  ]),
  [
    "jul",
    "july",
    "juli",
    "juil",
    "juillet",
    "julio",
    "lug",
    "luglio",
    "julho",
    "lip",
    "lipiec",
  ].concat(["lipca", "июль", "июля", "июл"]),
  ["aug", "august", "août", "ago", "agosto", "augustus", "sie", "sierpień", "sierpnia"].concat([
    "август",
    "августа",
    "авг",
  ]),
  ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "set", "settembre"].concat([
    "setembro",
    "wrz",
    "wrzesień",
    "września",
    "сентябрь",
    "сентября",
    "сен",
    "сент",
  ]),
  [
    "oct",
    "october",
    "okt",
    "oktober",
    "octobre",
    "octubre",
    "ott",
    "ottobre",
    "out",
    "outubro",
  ].concat(["paź", "październik", "października", "октябрь", "октября", "окт"]),
  ["nov", "november", "novembre", "noviembre", "novembro", "lis", "listopad", "listopada"].concat([
    "ноябрь",
    "ноября",
    "ноя",
  ]),
  ["dec", "december", "dez", "dezember", "déc", "décembre", "dic", "diciembre", "dicembre"].concat([
    "dezembro",
    "gru",
    "grudzień",
    "grudnia",
    "декабрь",
    "декабря",
    "дек",
  ]),
];

const WEEKDAY_NAMES: readonly string[] = [
  ...["mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs"],
  ...["thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"],
  ...["mo", "montag", "di", "dienstag", "mi", "mittwoch", "do", "donnerstag", "fr", "freitag"],
  ...["sa", "samstag", "sonnabend", "so", "sonntag"],
  ...["lun", "lundi", "mar", "mardi", "mer", "mercredi", "jeu", "jeudi", "ven", "vendredi"],
  ...["sam", "samedi", "dim", "dimanche"],
  ...["lunes", "martes", "mié", "miércoles", "jue", "jueves", "vie", "viernes", "sáb", "sábado"],
  ...["dom", "domingo", "lunedì", "martedì", "mercoledì", "gio", "giovedì", "venerdì", "sab"],
  ...["sabato", "domenica", "ma", "maandag", "dinsdag", "wo", "woensdag", "donderdag", "vr"],
  ...["vrijdag", "za", "zaterdag", "zo", "zondag", "seg", "segunda", "ter", "terça", "qua"],
  ...["quarta", "qui", "quinta", "sex", "sexta", "pon", "poniedziałek", "wt", "wtorek", "śr"],
  ...["środa", "czw", "czwartek", "pt", "piątek", "sob", "sobota", "niedz", "niedziela"],
  ...["пн", "понедельник", "вт", "вторник", "ср", "среда", "чт", "четверг", "пт", "пятница"],
  ...["сб", "суббота", "вс", "воскресенье", "mån", "måndag", "tis", "tisdag", "ons", "onsdag"],
  ...["tor", "torsdag", "fre", "fredag", "lør", "lördag", "lørdag", "søn", "sön", "söndag"],
  ...["søndag", "mandag", "tirsdag", "feira"],
];

function withoutAccents(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "");
}

function buildMonths(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  MONTH_NAMES.forEach((names, i) => {
    for (const name of names) {
      map.set(name, i + 1);
      map.set(withoutAccents(name), i + 1);
    }
  });
  return map;
}

function buildWeekdays(): ReadonlySet<string> {
  return new Set(WEEKDAY_NAMES.flatMap((name) => [name, withoutAccents(name)]));
}

const MONTHS = buildMonths();
const WEEKDAYS = buildWeekdays();

/** The month number (1-12) a name or abbreviation stands for, in any supported language. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase();
  return MONTHS.get(key.endsWith(".") ? key.slice(0, -1) : key);
}

/** True when the word names a day of the week in a supported language. */
export function isWeekday(word: string): boolean {
  const key = word.toLowerCase();
  return WEEKDAYS.has(key.endsWith(".") ? key.slice(0, -1) : key);
}
