// The Chromium every browser test drives: the one @sparticuz/chromium ships inside its npm package
// (unpacked on first use into the system temp folder), so `npm test` needs no browser installed by
// hand and no root. CHROMIUM_PATH names another build instead (for example Debian's /usr/bin/chromium).
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from "playwright-core";

let unpacked: Promise<string> | undefined;

/** The executable to launch: CHROMIUM_PATH, else the packaged build (unpacked once per process). */
export function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return Promise.resolve(chosen);
  unpacked ??= import("@sparticuz/chromium").then((m) => m.default.executablePath());
  return unpacked;
}

/**
 * Flags for a locked-down machine: no sandbox (tests may run as root), no GPU, and none of the
 * background connections Chromium makes to Google, which a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ ...options, executablePath: await chromiumPath(), headless: true, chromiumSandbox: false, args: CHROMIUM_ARGS });
}

export async function launchChromiumContext(profileDir: string, options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    ...options,
    executablePath: await chromiumPath(),
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS,
  });
}
