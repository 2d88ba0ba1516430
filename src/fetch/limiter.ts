/**
 * Concurrency limits: at most `global` requests in flight, and at most `perHost` to any one
 * host, so a planet with 60 feeds on one blog host never has more than a couple of requests
 * open there. Waiters are served first come, first served; nothing polls.
 */

/** Gives back the slots taken by `acquire`. Calling it twice is harmless. */
export type Release = () => void;

/** Hands out request slots per host and globally. */
export interface Limiter {
  /** Resolves once a slot for `host` and a global slot are both held. */
  acquire(host: string): Promise<Release>;
}

interface Gate {
  active: number;
  waiting: Array<() => void>;
}

/** Creates a limiter with the given global and per-host limits (each at least 1). */
export function createLimiter(global: number, perHost: number): Limiter {
  const globalGate: Gate = { active: 0, waiting: [] };
  const hosts = new Map<string, Gate>();

  return {
    async acquire(host) {
      let hostGate = hosts.get(host);
      if (hostGate === undefined) {
        hostGate = { active: 0, waiting: [] };
        hosts.set(host, hostGate);
      }
      const gate = hostGate;
      // Host first, then global: a request waiting for a busy host never holds a global slot
      // that a request to an idle host could use.
      await enter(gate, Math.max(1, perHost));
      await enter(globalGate, Math.max(1, global));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        leave(globalGate);
        leave(gate);
        if (gate.active === 0 && gate.waiting.length === 0) hosts.delete(host);
      };
    },
  };
}

function enter(gate: Gate, limit: number): Promise<void> {
  if (gate.active < limit) {
    gate.active++;
    return Promise.resolve();
  }
  // The slot passes straight from the leaver to the first waiter, so `active` stays counted.
  return new Promise((resolve) => gate.waiting.push(resolve));
}

function leave(gate: Gate): void {
  const next = gate.waiting.shift();
  if (next === undefined) gate.active--;
  else next();
}
