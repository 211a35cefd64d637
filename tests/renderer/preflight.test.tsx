import { MantineProvider, Tabs, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity, emptyCustomer, emptyPurpose, type MethodInput, type PreflightItem } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { fixPath } from '../../renderer/app/fixPath';
import { useFocusFieldFromQuery } from '../../renderer/ui/focusField';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// The preflight modal before a document (issue 14): what it lists, which buttons the severity
// allows, and "Åtgärda" leading to the field. The core's checks are the privacy notice's and the
// agreements' own (tested there); here window.api answers preflight.check with fixed items.

let h: Harness;
let answer: PreflightItem[];
let asked: MethodInput<'preflight.check'>[];
let called: string[];

beforeEach(async () => {
  notifications.clean(); // the notification store outlives the rendered app
  h = createHarness();
  await openTestRegister(h, 'Kontrollbolaget AB');
  answer = [];
  asked = [];
  called = [];
  const real = h.api;
  window.api = {
    ...real,
    async call(method, input) {
      called.push(method);
      if (method === 'preflight.check') {
        asked.push(input as MethodInput<'preflight.check'>);
        const items = answer;
        return { ok: true, value: { items, ok: !items.some((i) => i.severity === 'error') } } as Result<never>;
      }
      return real.call(method, input);
    },
  };
});
afterEach(() => h.dispose());

const noContact: PreflightItem = {
  severity: 'error',
  code: 'notice.noContact',
  subject: 'Organisationen',
  text: 'Det finns inget sätt att kontakta er: ange e-post, telefon eller adress.',
  fix: { kind: 'organisation', id: null, field: 'email' },
};
const englishName: PreflightItem = {
  severity: 'warning',
  code: 'activity.nameEnMissing',
  subject: 'Kundregister',
  text: 'Det engelska namnet saknas; det svenska används och märks [sv].',
  fix: { kind: 'activity', id: 1, field: 'nameEn' },
};

async function exportHtml(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Spara som HTML' }));
}

describe('fixPath', () => {
  it('opens the record and names the field to focus', () => {
    expect(fixPath({ kind: 'organisation', id: null, field: 'email' })).toBe('/organisation?falt=email');
    expect(fixPath({ kind: 'activity', id: 4, field: 'purposes.0.descriptionEn' })).toBe('/behandlingar/4?falt=purposes.0.descriptionEn');
    // The systems page opens a system by a query of its own.
    expect(fixPath({ kind: 'system', id: 3, field: 'nameEn' })).toBe('/system?id=3&falt=nameEn');
    expect(fixPath({ kind: 'retentionRule', id: 2, field: null })).toBe('/gallring');
    expect(fixPath({ kind: 'agreementTemplate', id: null, field: null })).toBe('/pub-avtal/mall');
  });
});

describe('preflight before the privacy notice', () => {
  it('saves at once when the register lacks nothing', async () => {
    const { user } = renderApp('/dokument');
    await exportHtml(user);
    expect(await screen.findByText('Dokumentet har sparats')).toBeInTheDocument();
    expect(asked).toEqual([{ document: 'privacyNotice', lang: 'sv', uiLang: 'sv' }]);
    expect(screen.queryByText('Kontroll före dokumentet')).not.toBeInTheDocument();
  });

  it('blocks the export on an error, and "Åtgärda" opens the organisation form at the field', async () => {
    answer = [englishName, noContact];
    const { user } = renderApp('/dokument');
    await exportHtml(user);
    const dialog = await screen.findByRole('dialog', { name: 'Kontroll före dokumentet' });
    expect(dialog).toHaveTextContent('Dokumentet kan inte skapas ännu.');
    // Errors come before warnings, each with its record.
    const errors = within(dialog).getByRole('region', { name: 'Måste åtgärdas' });
    expect(errors).toHaveTextContent('Organisationen: Det finns inget sätt att kontakta er: ange e-post, telefon eller adress.');
    expect(within(dialog).getByRole('region', { name: 'Bör åtgärdas' })).toHaveTextContent('Kundregister: Det engelska namnet saknas');
    // An error cannot be generated past.
    expect(within(dialog).queryByRole('button', { name: 'Skapa ändå' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Stäng' })).toBeInTheDocument();
    expect(called).not.toContain('privacyNotice.export');

    await user.click(within(errors).getByRole('button', { name: 'Åtgärda' }));
    const email = await screen.findByRole('textbox', { name: 'E-post' });
    await waitFor(() => expect(email).toHaveFocus());
    expect(screen.queryByRole('dialog', { name: 'Kontroll före dokumentet' })).not.toBeInTheDocument();
    // The field parameter is used once; the page's address is the plain one again.
    await waitFor(() => expect(window.location.hash).toBe('#/organisation'));
    expect(called).not.toContain('privacyNotice.export');
  });

  it('"Stäng" leaves the page as it was, without a document', async () => {
    answer = [noContact];
    const { user } = renderApp('/dokument');
    await exportHtml(user);
    const dialog = await screen.findByRole('dialog', { name: 'Kontroll före dokumentet' });
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Kontroll före dokumentet' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Spara som HTML' })).toBeEnabled();
    expect(called).not.toContain('privacyNotice.export');
  });

  it('with only warnings, "Skapa ändå" saves and "Avbryt" does not', async () => {
    answer = [englishName];
    const { user } = renderApp('/dokument');
    // The preview's language choice (the header has a language switch of its own).
    await user.click(within(await screen.findByRole('group', { name: 'Dokumentets språk' })).getByRole('button', { name: 'English' }));
    await exportHtml(user);
    let dialog = await screen.findByRole('dialog', { name: 'Kontroll före dokumentet' });
    expect(dialog).toHaveTextContent('Dokumentet kan skapas, men några uppgifter saknas.');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(called).not.toContain('privacyNotice.export');

    await exportHtml(user);
    dialog = await screen.findByRole('dialog', { name: 'Kontroll före dokumentet' });
    await user.click(within(dialog).getByRole('button', { name: 'Skapa ändå' }));
    expect(await screen.findByText('Dokumentet har sparats')).toBeInTheDocument();
    expect(called.filter((m) => m === 'privacyNotice.export')).toHaveLength(1);
    // The English notice is checked, with the item texts in the UI's language.
    expect(asked.at(-1)).toEqual({ document: 'privacyNotice', lang: 'en', uiLang: 'sv' });
  });

  it('writes the items in English when the UI is English', async () => {
    answer = [noContact];
    await h.call('settings.setLanguage', { language: 'en' });
    const { user } = renderApp('/dokument');
    await user.click(await screen.findByRole('button', { name: 'Save as HTML' }));
    const dialog = await screen.findByRole('dialog', { name: 'Check before the document' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Fix' })).toBeInTheDocument();
    expect(asked.at(-1)?.uiLang).toBe('en');
  });
});

describe('preflight before an agreement', () => {
  it('checks the customer before the agreement is made; "Åtgärda" closes the dialog and focuses the customer field', async () => {
    const customer = await h.call('customers.create', { ...emptyCustomer, name: 'Kund utan adress AB' });
    answer = [
      {
        severity: 'error',
        code: 'agreement.controllerAddressMissing',
        subject: 'Kund utan adress AB',
        text: 'Kundens adress saknas; avtalet måste ange parternas adresser.',
        fix: { kind: 'customer', id: customer.id, field: 'visitingAddress' },
      },
    ];
    const { user } = renderApp(`/kunder/${customer.id}`);
    await user.click(await screen.findByRole('button', { name: 'Skapa PUB-avtal' }));
    const generate = await screen.findByRole('dialog', { name: 'Ta fram PUB-avtal för Kund utan adress AB' });
    await user.click(await within(generate).findByRole('button', { name: 'Ta fram avtalet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kontroll före dokumentet' });
    expect(asked).toEqual([{ document: 'agreement', lang: 'sv', uiLang: 'sv', customerId: customer.id }]);
    expect(called).not.toContain('agreements.generate');

    await user.click(within(dialog).getByRole('button', { name: 'Åtgärda' }));
    // The whole address is the field: its first input.
    const street = screen.getAllByRole('textbox', { name: 'Gatuadress' })[0];
    await waitFor(() => expect(street).toHaveFocus());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(called).not.toContain('agreements.generate');
  });
});

describe('?falt= on a record form', () => {
  it('focuses a purpose field of the activity form', async () => {
    const activity = await h.call('activities.create', {
      ...emptyActivity,
      name: 'Kundregister',
      purposes: [
        { ...emptyPurpose, description: 'Hantera kunder', legalBasis: 'contract' },
        { ...emptyPurpose, description: 'Skicka nyhetsbrev', legalBasis: 'consent' },
      ],
    });
    renderApp(`/behandlingar/${activity.id}?falt=purposes.1.description`);
    const purpose = await screen.findByRole('group', { name: 'Ändamål 2' });
    const field = within(purpose).getByRole('textbox', { name: 'Ändamål' });
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('Skicka nyhetsbrev');
  });

  it('opens the tab that hides the field (a Swedish/English pair) before focusing it', async () => {
    function Form() {
      useFocusFieldFromQuery();
      return (
        <Tabs defaultValue="sv">
          <Tabs.List>
            <Tabs.Tab value="sv">Svenska</Tabs.Tab>
            <Tabs.Tab value="en">English</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sv">
            <TextInput label="Namn" name="name" />
          </Tabs.Panel>
          <Tabs.Panel value="en">
            <TextInput label="Namn på engelska" name="nameEn" />
          </Tabs.Panel>
        </Tabs>
      );
    }
    render(
      <MantineProvider env="test">
        <MemoryRouter initialEntries={['/x?falt=nameEn']}>
          <Form />
        </MemoryRouter>
      </MantineProvider>,
    );
    const english = await screen.findByRole('textbox', { name: 'Namn på engelska', hidden: true });
    await waitFor(() => expect(english).toHaveFocus());
    expect(screen.getByRole('tab', { name: 'English' })).toHaveAttribute('aria-selected', 'true');
  });
});
