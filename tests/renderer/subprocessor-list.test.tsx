import fs from 'node:fs';
import path from 'node:path';
import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyService, emptySubprocessor } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h, 'Listbolaget AB');
});
afterEach(() => {
  h.dispose();
  notifications.clean();
});

async function seed() {
  const sub = (name: string, country: string, extra: Partial<typeof emptySubprocessor> = {}) =>
    h.call('subprocessors.create', { ...emptySubprocessor, name, country, agreementDate: '2024-01-01', ...extra });
  const storage = await sub('Lagringsbolaget AB', 'SE', { serviceDescription: 'Lagring av säkerhetskopior' });
  const monitor = await sub('Monitor Inc.', 'US', { transferMechanism: 'adequacy_us_dpf', serviceDescription: 'Övervakning' });
  await h.call('services.create', { ...emptyService, name: 'Backup', subprocessorIds: [storage.id] });
  await h.call('services.create', { ...emptyService, name: 'Drift', subprocessorIds: [monitor.id] });
}

const exported = () => fs.readdirSync(path.join(h.dir, 'Export'));

describe('Exportera lista on Underbiträden', () => {
  it('exports the list for one service in the chosen format and language', async () => {
    await seed();
    const { user } = renderApp('/underbitraden');
    await user.click(await screen.findByRole('button', { name: 'Exportera lista' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exportera listan över underbiträden' });

    // Defaults: Word, the UI's language, all services, announced changes included.
    expect(within(dialog).getByRole('radio', { name: 'Word (DOCX)' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Svenska' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Ta med aviserade ändringar' })).toBeChecked();
    expect(within(dialog).getByRole('combobox', { name: 'Tjänst' })).toHaveValue('Alla tjänster');

    await user.click(within(dialog).getByRole('radio', { name: 'Webbsida (HTML)' }));
    await user.click(within(dialog).getByRole('radio', { name: 'English' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Tjänst' }));
    await user.click(await screen.findByRole('option', { name: 'Backup' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Ta med aviserade ändringar' }));
    await user.click(within(dialog).getByRole('button', { name: 'Exportera' }));

    expect(await screen.findByText('Listan över underbiträden är sparad')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Exportera listan över underbiträden' })).not.toBeInTheDocument());
    expect(exported()).toEqual([expect.stringMatching(/^Sub-processors Backup \d{4}-\d{2}-\d{2}\.html$/)]);
    const html = fs.readFileSync(path.join(h.dir, 'Export', exported()[0]!), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Service: Backup');
    expect(html).toContain('Lagringsbolaget AB');
    expect(html).not.toContain('Monitor Inc.');
  });

  it('exports every service as Word by default', async () => {
    await seed();
    const { user } = renderApp('/underbitraden');
    await user.click(await screen.findByRole('button', { name: 'Exportera lista' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exportera listan över underbiträden' });
    await user.click(within(dialog).getByRole('button', { name: 'Exportera' }));
    expect(await screen.findByText('Listan över underbiträden är sparad')).toBeInTheDocument();
    const [file] = exported();
    expect(file).toMatch(/^Underbiträden \d{4}-\d{2}-\d{2}\.docx$/);
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(path.join(h.dir, 'Export', file!)))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('Lagringsbolaget AB');
    expect(xml).toContain('Monitor Inc.');
  });

  it('closes without exporting on Avbryt', async () => {
    await seed();
    const { user } = renderApp('/underbitraden');
    await user.click(await screen.findByRole('button', { name: 'Exportera lista' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exportera listan över underbiträden' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Exportera listan över underbiträden' })).not.toBeInTheDocument());
    expect(fs.existsSync(path.join(h.dir, 'Export'))).toBe(false);
  });
});
