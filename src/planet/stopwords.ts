/**
 * Stopword profiles for language detection: the most frequent function words of each language.
 * Function words make up roughly 40% of running prose in these languages, and which ones occur
 * tells the languages apart far more reliably than letters do on short texts; this is the
 * "common words" method of language identification
 * (https://en.wikipedia.org/wiki/Language_identification, Grefenstette 1995).
 * A word may appear in several lists (Spanish and Portuguese share "que"): the distinctive words
 * decide. Words ambiguous across many languages ("in", "a") are left out everywhere.
 */

const PROFILES: Readonly<Record<string, string>> = {
  en: `the of and to is it that for was on are with as this be at by not or have from but which
    you they we he his her their has had been were would can will there what all if so my i do
    about more when one also into than then them only just some other how our could should these
    those because its who out up your`,
  fr: `le la les de des du un une et est en que qui dans pour pas sur au aux avec ce ces cette il
    ils elle elles nous vous je ne se sont par plus ou mais son sa ses leur leurs été être avoir
    fait comme tout tous très aussi on y l d qu c n s j m à où même sans peut entre`,
  de: `der die das und ist nicht ein eine einen einem einer zu den dem des mit von auf für sich
    auch es im sie er wir ich du wird werden wurde sind war hat haben als noch nach bei aus wie
    oder aber wenn nur dass kann um über man am vom zum zur diese dieser mehr schon doch sein`,
  es: `el la los las de del y que en un una es por con no para se lo al como más pero sus su le
    ya este esta está son fue ha muy también hay cuando donde sin sobre entre porque yo todo
    todos nos ese eso desde hasta ser hace puede`,
  it: `il lo la gli le di del della dei delle che e è un una uno per con non si da al alla nel
    nella sono ma come anche più questo questa ci ne se ha hanno essere stato tutto quando molto
    già perché io noi suo sua loro dove così solo dopo quella quello`,
  nl: `de het een en van is dat die niet op te met voor zijn er aan als ook maar om bij ik je we
    wij ze hij dit naar uit wordt worden werd kan heeft hebben nog door dan wat over of zo al geen
    meer moet wel deze tot hun mijn onze omdat alleen veel`,
  pt: `o os as de do da dos das e que em no na nos nas um uma para com não por se mais como mas
    ao aos foi ser é são está isso este esta isto ele ela eles seu sua pelo pela também muito já
    quando eu nós tem há ou sem entre até depois onde porque`,
  pl: `i w z na się nie do to że jest od po jak ale co tak za dla czy jego jej ich ten ta te
    tym tego już być był była było są może tylko przez przy oraz bo tu też gdy jednak także mnie
    jako kiedy więc bardzo który która które ze`,
};

/** The profiled languages, in a fixed order (the indexes of `WORD_LANGUAGES`). */
export const LANGUAGES: readonly string[] = Object.keys(PROFILES);

/**
 * Each stopword → the indexes in `LANGUAGES` of the languages it belongs to: one map lookup
 * per word instead of one per language, since detection runs on every entry of a planet.
 */
export const WORD_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  LANGUAGES.forEach((lang, index) => {
    for (const word of (PROFILES[lang] ?? "").split(/\s+/)) {
      if (word === "") continue;
      const list = map.get(word) ?? [];
      if (!list.includes(index)) list.push(index);
      map.set(word, list);
    }
  });
  return map;
})();

/** The length of the longest stopword of any profile. */
export const LONGEST_STOPWORD = Math.max(...[...WORD_LANGUAGES.keys()].map((w) => w.length));
