// Shared Playwright fixtures for every end-to-end spec.
//
//   import { test, expect } from './fixtures';
//
//   test('shows the customers', async ({ page, app, gotoApp }) => {
//     await app.call('customers.create', { ... });   // seed through the contract, never raw SQL
//     await gotoApp(page);                             // opens app.url (token included)
//     await expect(page.getByRole('heading', { name: 'Kunder' })).toBeVisible();
//   });
//
//   test.describe('welcome screen', () => {
//     test.use({ register: 'none' });                  // 'empty' (default) | 'sample' | 'none'
//     ...
//   });
//
//   test.use({ reference: { customers: 500 } });      // a reference register instead
//
// `app` is a fresh browser-mode server with its own temporary data folder and register per
// test (see tests/harness/browser-mode.ts for what it holds); it is closed after the test.
import { test as base, expect, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp, type BrowserModeOptions } from '../harness/browser-mode';

export interface AppOptions {
  /** Register open when the page loads: a new empty one (default), the sample, or none. */
  register: NonNullable<BrowserModeOptions['register']>;
  /** When set, a reference register of this size is opened instead. */
  reference: BrowserModeOptions['reference'] | undefined;
}

export interface AppFixtures {
  app: BrowserModeApp;
  /** Opens the app in `page` (default: the test's page) and waits until `window.api` exists. */
  gotoApp: (page?: Page) => Promise<void>;
}

export const test = base.extend<AppFixtures & AppOptions>({
  register: ['empty', { option: true }],
  reference: [undefined, { option: true }],
  app: async ({ register, reference }, use) => {
    const app = await startBrowserMode({ register, ...(reference ? { reference } : {}) });
    try {
      await use(app);
    } finally {
      await app.close();
    }
  },
  gotoApp: async ({ app, page }, use) => {
    await use(async (target: Page = page) => {
      await target.goto(app.url);
      await target.waitForFunction(() => typeof (window as { api?: unknown }).api === 'object');
    });
  },
});

export { expect };
