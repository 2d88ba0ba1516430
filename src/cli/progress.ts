/** How a refresh reports progress: a bar on a terminal, one log line per feed otherwise. */
import type { FeedReport, RefreshSummary } from "./refresh.js";

/** Returns the callback refresh() calls after each feed. */
export function progressReporter(
  stream: NodeJS.WriteStream,
): (r: FeedReport, done: number, total: number) => void {
  let errors = 0;
  return (report, done, total) => {
    if (report.outcome === "failed") errors++;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
      stream.write(
        `\r[${bar}] ${done}/${total} feeds, ${errors} error(s)${done === total ? "\n" : ""}`,
      );
      return;
    }
    stream.write(`${feedLine(report)}\n`);
  };
}

/** One stable key=value log line per feed. */
export function feedLine(r: FeedReport): string {
  const parts = [`feed=${r.url}`, `person=${r.personId}`, `outcome=${r.outcome}`];
  if (r.added || r.updated) parts.push(`new=${r.added}`, `updated=${r.updated}`);
  if (r.movedTo) parts.push(`moved_to=${r.movedTo}`);
  if (r.reason) parts.push(`reason=${JSON.stringify(r.reason)}`);
  return parts.join(" ");
}

/** The end-of-run summary: counts, then each failure, move and removal in plain words. */
export function summaryText(s: RefreshSummary): string {
  const lines = [
    `refreshed ${s.due} feed(s): ${s.fetched} fetched, ${s.notModified} not modified, ` +
      `${s.added} new entries, ${s.updated} updated, ${s.failed} failed, ${s.moved} moved, ${s.gone} gone`,
  ];
  for (const f of s.feeds) {
    if (f.outcome === "failed") lines.push(`  failed: ${f.url} (${f.personId}): ${f.reason}`);
    if (f.outcome === "gone")
      lines.push(`  gone:   ${f.url} (${f.personId}): remove it from the config`);
    if (f.movedTo)
      lines.push(`  moved:  ${f.url} → ${f.movedTo} (orrery check shows the config edit)`);
  }
  return `${lines.join("\n")}\n`;
}
