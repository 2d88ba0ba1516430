/** A counting gate: at most `capacity` holders at once; waiters are let in first come, first served. */

/** Gives the place back; calling it twice is harmless. */
export type Leave = () => void;

export interface Gate {
  enter(): Promise<Leave>;
}

export function createGate(capacity: number): Gate {
  let inside = 0;
  const waiting: Array<() => void> = [];
  const place = (): Leave => {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = waiting.shift();
      // The place passes straight to the first waiter, so `inside` stays counted.
      if (next) next();
      else inside--;
    };
  };
  return {
    enter() {
      if (inside < capacity) {
        inside++;
        return Promise.resolve(place());
      }
      return new Promise((resolve) => waiting.push(() => resolve(place())));
    },
  };
}
