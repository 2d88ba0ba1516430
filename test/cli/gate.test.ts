import assert from "node:assert/strict";
import { test } from "node:test";
import { createGate } from "../../src/cli/gate.js";

test("a gate lets at most its capacity in, then each waiter in turn as places are given back", async () => {
  const gate = createGate(2);
  const order: number[] = [];
  const leaves = await Promise.all([gate.enter(), gate.enter()]);
  const later = [3, 4].map(async (n) => {
    const leave = await gate.enter();
    order.push(n);
    return leave;
  });
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(order, [], "nobody beyond the capacity got in");
  leaves[0]();
  leaves[0](); // a second call gives nothing back twice
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(order, [3]);
  leaves[1]();
  const [third, fourth] = await Promise.all(later);
  assert.deepEqual(order, [3, 4]);
  third();
  fourth();
  const again = await gate.enter();
  again();
});
