/** Debian's Chromium, headless, with the flags every browser test uses (nothing phones home). */
import { type Browser, chromium } from "playwright-core";

/** Launches /usr/bin/chromium through playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
