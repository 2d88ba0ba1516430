/** Which feeds a refresh fetches, and in which order it starts them. */
import { isDue } from "../fetch/index.js";
import type { FetchState, SiteConfig, SubscriptionSpec } from "../model.js";
import type { Store } from "../store/index.js";

/** A due subscription with its stored fetch state. */
export interface DueFeed {
  sub: SubscriptionSpec;
  state: FetchState | null;
}

/** The subscriptions to refresh: the one asked for or all, those due unless forced. */
export async function dueFeeds(
  config: SiteConfig,
  store: Store,
  options: { feed: string | null; force: boolean },
  now: Date,
): Promise<DueFeed[]> {
  const candidates = config.subscriptions.filter(
    (sub) => options.feed === null || sub.url === options.feed,
  );
  const states = await Promise.all(candidates.map((sub) => store.getFetchState(sub.url)));
  return candidates
    .map((sub, i) => ({ sub, state: states[i] ?? null }))
    .filter(({ state }) => isDue(state, now, options.force));
}

/**
 * The order to start feeds in (indices into `urls`): in turns over their hosts, one feed of
 * each host, then the next of each, ... Feeds let in at once then spread over many hosts
 * instead of queueing for one host's few connections while the others sit idle.
 */
export function hostTurns(urls: readonly string[]): number[] {
  const byHost = new Map<string, number[]>();
  urls.forEach((url, i) => {
    const host = URL.parse(url)?.host ?? "";
    const list = byHost.get(host);
    if (list) list.push(i);
    else byHost.set(host, [i]);
  });
  const lists = [...byHost.values()];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, turn) =>
    lists.flatMap((list) => (turn < list.length ? [list[turn]] : [])),
  ).flat();
}
