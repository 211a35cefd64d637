// The README's screenshots (resources/screenshots/*.png), taken the same way by every spec.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageScreenshotOptions } from '@playwright/test';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/screenshots');

/**
 * Options for `page.screenshot` that write `<name>.png`. A toast still on screen is hidden rather
 * than waited for: it closes by itself after seconds, and a wait on it is a fixed wait.
 */
export const shot = (name: string): PageScreenshotOptions => ({
  path: path.join(folder, `${name}.png`),
  animations: 'disabled',
  style: '.mantine-Notifications-root { display: none !important; }',
});
