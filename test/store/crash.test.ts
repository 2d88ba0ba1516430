import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { crashOnce, seededRandom } from "./crash-harness.js";
import { tempDir } from "./helpers.js";

const ITERATIONS = 5;
const SEED = 20241201;

let dir: string;
let cleanup: () => Promise<void>;
before(async () => {
  ({ dir, cleanup } = await tempDir());
});
after(() => cleanup());

test(`kill -9 while writing loses no committed entry (${ITERATIONS} seeded iterations)`, async () => {
  const file = join(dir, "crash.db");
  const random = seededRandom(SEED);
  let total = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const result = await crashOnce(file, String(i), random);
    assert.equal(result.integrity, "ok", `iteration ${i}: integrity_check`);
    assert.deepEqual(result.missing, [], `iteration ${i} (seed ${SEED}): committed entries lost`);
    assert.ok(result.committed > 0, `iteration ${i}: the writer committed before the kill`);
    total += result.committed;
  }
  assert.ok(total >= ITERATIONS);
});
