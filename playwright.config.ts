import { defineConfig } from '@playwright/test';

/** Debian's Chromium, as the e2e tests run on machines where Playwright cannot download its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  testMatch: /(e2e|electron)\/.*\.spec\.ts$/,
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 1280, height: 820 },
    // The screens follow the system's language: the tests pin English (and switch it when they mean to).
    locale: 'en-GB',
  },
});
