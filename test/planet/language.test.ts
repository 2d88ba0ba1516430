/** Language detection when a feed declares nothing: the seed blog writes in English and French. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { detectLanguage, entryLanguage, primarySubtag } from "../../src/planet/index.js";
import { toPlainText } from "../../src/sanitize/index.js";
import { storedEntry } from "./helpers.js";

// The seed feed's four entries, shared with the sanitizer's tests.
const SEEDS: [string, string][] = [
  ["elouworld-crio-alpine-error-127.html", "en"],
  ["elouworld-scaleway-kexec.html", "en"],
  ["elouworld-wireguard.html", "en"],
  ["elouworld-fin-anonymat-internet-francais.html", "fr"],
];

function fixture(file: string): string {
  return readFileSync(new URL(`../fixtures/sanitize/real/${file}`, import.meta.url), "utf8");
}

test("the seed feed's posts are detected as English and French from their plain text", () => {
  for (const [file, language] of SEEDS) {
    assert.equal(detectLanguage(toPlainText(fixture(file))), language, file);
  }
});

test("an entry with no declared language gets the detected one from its HTML", () => {
  for (const [file, language] of SEEDS) {
    const entry = storedEntry({
      feedUrl: "https://elou.world/feed.xml",
      date: "2020-01-01T00:00:00Z",
      content: fixture(file),
    });
    assert.equal(entryLanguage(entry), language, file);
  }
});

// Short paragraphs in each profiled language (everyday news-style prose written for these tests).
const SAMPLES: Record<string, string> = {
  de: "Die Entwickler haben in der letzten Woche eine neue Version veröffentlicht, die nicht nur schneller ist, sondern auch mit älteren Systemen funktioniert. Wir haben sie auf unseren Servern getestet und sind mit dem Ergebnis sehr zufrieden, auch wenn noch einige Fehler zu beheben sind.",
  es: "Los desarrolladores han publicado una nueva versión que es más rápida y también funciona con los sistemas antiguos. La hemos probado en nuestros servidores y estamos muy contentos con el resultado, aunque todavía hay algunos errores que corregir para todos los usuarios del proyecto.",
  it: "Gli sviluppatori hanno pubblicato una nuova versione che è più veloce e funziona anche con i sistemi più vecchi. L'abbiamo provata sui nostri server e siamo molto contenti del risultato, anche se ci sono ancora alcuni errori da correggere per tutti gli utenti della comunità.",
  nl: "De ontwikkelaars hebben vorige week een nieuwe versie uitgebracht, die niet alleen sneller is maar ook met oudere systemen werkt. Wij hebben het op onze servers getest en zijn erg tevreden met het resultaat, al zijn er nog een paar fouten die moeten worden opgelost voor de gebruikers.",
  pt: "Os desenvolvedores publicaram uma nova versão que é mais rápida e também funciona com os sistemas antigos. Nós testamos a versão nos nossos servidores e estamos muito contentes com o resultado, mas ainda há alguns erros que precisam ser corrigidos para todos os usuários do projeto.",
  pl: "Programiści opublikowali w zeszłym tygodniu nową wersję, która jest nie tylko szybsza, ale też działa ze starszymi systemami. Przetestowaliśmy ją na naszych serwerach i jesteśmy bardzo zadowoleni z wyniku, chociaż jest jeszcze kilka błędów, które trzeba poprawić, zanim to się stanie dla wszystkich.",
  fr: "Les développeurs ont publié la semaine dernière une nouvelle version, qui est non seulement plus rapide mais qui fonctionne aussi avec les anciens systèmes. Nous l'avons testée sur nos serveurs et nous sommes très contents du résultat, même s'il reste encore quelques erreurs à corriger pour tous.",
  en: "The developers released a new version last week, which is not only faster but also works with older systems. We have tested it on our servers and we are very happy with the result, even if there are still a few bugs that should be fixed before it is ready for all of the users.",
};

test("each profiled language is recognised on a paragraph", () => {
  for (const [language, text] of Object.entries(SAMPLES)) {
    assert.equal(detectLanguage(text), language, language);
  }
});

test("short or wordless texts give null rather than a guess", () => {
  assert.equal(detectLanguage(""), null);
  assert.equal(detectLanguage("Improving distfile mirror structure"), null);
  assert.equal(detectLanguage("le la les de des"), null);
  assert.equal(
    detectLanguage("x86_64 aarch64 riscv64 ppc64le s390x mips64el armv7 i686 ".repeat(5)),
    null,
  );
});

test("a text mixing two languages evenly is left undecided", () => {
  const en = SAMPLES.en ?? "";
  const fr = SAMPLES.fr ?? "";
  assert.equal(detectLanguage(`${en} ${fr}`), null);
});

test("declared language wins; then the lang of the content's outer element; a nested lang does not count", () => {
  const base = { feedUrl: "https://x.example/feed", date: "2020-01-01T00:00:00Z" };
  const fr = `<p>${SAMPLES.fr}</p>`;
  assert.equal(entryLanguage(storedEntry({ ...base, content: fr, language: "en_GB" })), "en-GB");
  assert.equal(
    entryLanguage(
      storedEntry({ ...base, content: `<article class="post" lang="de">${fr}</article>` }),
    ),
    "de",
  );
  assert.equal(
    entryLanguage(storedEntry({ ...base, content: `<p>${SAMPLES.en} <q lang="fr">oui</q></p>` })),
    "en",
  );
  assert.equal(entryLanguage(storedEntry({ ...base, summary: fr })), "fr");
  // A malformed declaration is ignored, not trusted.
  assert.equal(entryLanguage(storedEntry({ ...base, content: fr, language: "not a tag!" })), "fr");
});

test("code blocks do not vote", () => {
  const code = `<pre><code>${"the of and to is it that for was on are with as this be ".repeat(20)}</code></pre>`;
  assert.equal(
    entryLanguage(
      storedEntry({
        feedUrl: "f",
        date: "2020-01-01T00:00:00Z",
        content: `${code}<p>${SAMPLES.fr}</p>`,
      }),
    ),
    "fr",
  );
});

test("primary subtags", () => {
  assert.equal(primarySubtag("en-US"), "en");
  assert.equal(primarySubtag("pt_BR"), "pt");
  assert.equal(primarySubtag(" FR "), "fr");
});
