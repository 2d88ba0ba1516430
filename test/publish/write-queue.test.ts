import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { writeQueue } from "../../src/publish/write-queue.js";

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), "orrery-write-queue-"));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

// Enough bytes for several batches, so that some wait for the thread to catch up.
const page = (i: number) => `<p>page ${i}</p>`.padEnd(200_000, ".");

test("the files after the first few go through the writer thread, each whole, folders made", async () => {
  const dir = join(root, "many");
  const shared = Buffer.from("body{}");
  const queue = writeQueue(3);
  let handedOver: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < 120; i++) {
    // Strings, buffers copied, and buffers handed over (moved to the thread).
    const content = i % 2 === 0 ? page(i) : Buffer.from(page(i));
    await queue.add(join(dir, "page", String(i), "index.html"), content, i % 4 === 1);
    if (i === 5 && typeof content !== "string") handedOver = content;
    // The same bytes written twice must survive being handed to the thread.
    if (i % 40 === 0) await queue.add(join(dir, "assets", String(i), "style.css"), shared);
  }
  await queue.settle();
  for (let i = 0; i < 120; i++) {
    assert.equal(await readFile(join(dir, "page", String(i), "index.html"), "utf8"), page(i));
  }
  for (const i of [0, 40, 80]) {
    assert.equal(await readFile(join(dir, "assets", String(i), "style.css"), "utf8"), "body{}");
  }
  assert.equal(shared.toString(), "body{}");
  assert.equal(handedOver.length, 0, "a handed-over buffer moved to the thread");
});

test("a file the thread cannot write fails the queue, naming it", async () => {
  const dir = join(root, "blocked");
  // A file where a folder should be: nothing can be written under it.
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "page"), "in the way");
  const queue = writeQueue(0);
  await queue.add(join(dir, "fine.html"), "fine");
  await queue.add(join(dir, "page", "index.html"), "never");
  await assert.rejects(queue.settle(), /page/);
  assert.equal(await readFile(join(dir, "fine.html"), "utf8"), "fine");
});
