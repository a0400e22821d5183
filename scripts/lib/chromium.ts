import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Path of a Chromium/Chrome binary: $CHROME_PATH, else the usual install paths; throws a one-line hint if none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist. Install Chromium (Debian: sudo apt-get install chromium) or fix CHROME_PATH.`);
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Chromium/Chrome found. Install it (Debian: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome.');
  }
  return found;
}

/** Flags that keep headless Chromium off the network (the machine has none) and quiet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--mute-audio',
];

/** Options for launchChromium. */
export interface LaunchOptions {
  /** false starts Chromium with WebGL disabled (the "no GPU at all" classroom). Default true. */
  webgl?: boolean;
  /** Extra command-line flags. */
  args?: string[];
}

/** A headless Chromium with a fresh profile that is deleted on close. */
export async function launchChromium(opts: LaunchOptions = {}): Promise<Browser> {
  const args = [...chromiumArgs, ...(opts.args ?? [])];
  // --disable-webgl alone still lets a worker's OffscreenCanvas get a SwiftShader WebGL context (Chromium 156):
  // no GPU process and no software rasteriser removes WebGL everywhere.
  if (opts.webgl === false) args.push('--disable-webgl', '--disable-webgl2', '--disable-3d-apis', '--disable-gpu', '--disable-software-rasterizer');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args });
  return browser;
}

/** A persistent-profile variant is never needed; this creates an isolated context at the deck's size. */
export async function newDeckContext(browser: Browser, width = 1280, height = 720): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
}

/** A throwaway directory (for profiles or downloads), removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
