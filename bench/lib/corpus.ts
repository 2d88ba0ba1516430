/** Deterministic, realistic feed documents for benchmarks. */

/** A small seeded PRNG (mulberry32), so every run measures the same bytes. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = `the planet gentoo portage ebuild kernel package mirror distfile release build system
users developers network server configuration support update security patch version project
community blog post today fixed changes python rust compiler toolchain profile stable testing`.split(
  /\s+/,
);

function sentence(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(" ");
}

/** An entry body of roughly `bytes` bytes: paragraphs, a list, a code block, a link, an image. */
export function entryHtml(rand: () => number, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const kind = i++ % 6;
    const part =
      kind === 3
        ? `<pre><code class="language-sh">emerge --ask ${sentence(rand, 4)}\n${sentence(rand, 8)}</code></pre>`
        : kind === 4
          ? `<ul><li>${sentence(rand, 8)}</li><li><a href="/notes/${i}">${sentence(rand, 3)}</a></li></ul>`
          : kind === 5
            ? `<p><img src="img/${i}.png" alt="${sentence(rand, 3)}" width="640" height="480"> ${sentence(rand, 20)}</p>`
            : `<p>${sentence(rand, 40)} <em>${sentence(rand, 3)}</em> &amp; <a href="https://example.org/${i}">${sentence(rand, 2)}</a>.</p>`;
    parts.push(part);
    size += part.length;
  }
  return parts.join("\n");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An Atom 1.0 feed of `entries` full-content entries, ~`entryBytes` of HTML each. */
export function atomFeed(seed: number, entries: number, entryBytes: number): string {
  const rand = seeded(seed);
  const base = `https://blog${seed}.example.org`;
  const items = Array.from({ length: entries }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, "0");
    return `<entry><title>${sentence(rand, 6)}</title><link href="${base}/post/${i}"/>
<id>${base}/post/${i}</id><published>2019-10-${day}T12:${String(i % 60).padStart(2, "0")}:00Z</published>
<updated>2019-10-${day}T12:00:00Z</updated><category term="gentoo"/>
<content type="html">${escapeXml(entryHtml(rand, entryBytes))}</content></entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog ${seed}</title><link href="${base}/"/>
<id>${base}/</id><updated>2019-10-28T12:00:00Z</updated><author><name>Person ${seed}</name></author>
${items.join("\n")}
</feed>
`;
}
