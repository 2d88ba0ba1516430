#!/usr/bin/env node
// Runs every test/**/*.test.ts with node:test through tsx. Node 20's --test takes no globs,
// so we find the files ourselves. An optional argument keeps only paths containing it.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === "fixtures" ? [] : findTests(path);
    return d.name.endsWith(".test.ts") ? [path] : [];
  });
}

const filter = process.argv[2];
const files = findTests("test")
  .filter((f) => !filter || f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`no test files found${filter ? ` matching ${filter}` : ""}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", ...files],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
