import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// A sub-processor change end to end (issue 15): a sub-processor added to a service makes the app
// propose a notice; the user accepts it, generates the letters, marks two customers as told,
// records an objection, and sees each deadline on the notice and on the customer's page.

const SUBPROCESSOR = 'Lagringsbolaget AB';

interface Seeded {
  service: { id: number };
  subprocessor: { id: number };
  customers: { id: number; name: string }[];
}

/** Three customers on Backup: Alfa and Beta with signed agreements (45 and 30 days' notice), Gamma without one. */
async function seed(app: { call: <T>(method: string, input: unknown) => Promise<T> }): Promise<Seeded> {
  // The letters say how to object: the firm must be reachable.
  const org = await app.call<Record<string, unknown>>('organisation.get', {});
  await app.call('organisation.update', {
    ...org,
    orgNr: '556677-8899',
    address: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: '' },
    email: 'info@testforetaget.se',
  });
  const subprocessor = await app.call<{ id: number }>('subprocessors.create', {
    name: SUBPROCESSOR,
    orgNr: '559012-3450',
    locationKind: 'country',
    country: 'SE',
    regionName: '',
    regionInEea: true,
    address: 'Lagergatan 1, 111 11 Stockholm',
    website: '',
    contactName: '',
    contactEmail: '',
    serviceDescription: 'Lagring av säkerhetskopior',
    dataProcessed: 'Kopior av kundens filer och databaser',
    processingLocations: 'Datacenter i Stockholm och Göteborg',
    transferMechanism: 'none_eea',
    sccModule: null,
    transferNotes: '',
    agreementDate: null,
    agreementNotes: '',
    status: 'active',
    notes: '',
  });
  const service = await app.call<{ id: number }>('services.create', {
    name: 'Backup',
    subjectMatter: 'Säkerhetskopiering av kundens servrar',
    purpose: 'Att kunna återställa kundens data',
    subjectMatterEn: '',
    purposeEn: '',
    nature: ['storage'],
    processingTermIds: [],
    personalDataTermIds: [],
    dataSubjectTermIds: [],
    specialCategories: [],
    subprocessorIds: [],
    systemIds: [],
    measureIds: [],
    endOfContractAction: 'return_then_delete',
    retentionRuleId: null,
    status: 'active',
    notes: '',
  });
  const customers: { id: number; name: string }[] = [];
  for (const [name, noticeDays] of [
    ['Alfa AB', 45],
    ['Beta AB', 30],
    ['Gamma AB', null],
  ] as const) {
    const customer = await app.call<{ id: number; name: string }>('customers.create', {
      name,
      orgNr: '',
      visitingAddress: { street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm', country: '' },
      invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
      invoiceSameAsVisiting: true,
      contactPersons: [],
      dpo: { name: '', email: '', phone: '' },
      contractStart: null,
      contractEnd: null,
      status: 'active',
      notes: '',
    });
    await app.call('subscriptions.create', {
      customerId: customer.id,
      serviceId: service.id,
      startDate: '2025-01-01',
      endDate: null,
      notes: '',
      addedTermIds: [],
      removedTermIds: [],
      addedSubprocessorIds: [],
      removedSubprocessorIds: [],
    });
    if (noticeDays !== null) {
      const defaults = await app.call<Record<string, unknown>>('agreements.defaults', { customerId: customer.id });
      const agreement = await app.call<{ id: number; revision: number }>('agreements.generate', {
        ...defaults,
        noticeDays,
        customerId: customer.id,
      });
      await app.call('agreements.setStatus', { id: agreement.id, revision: agreement.revision, status: 'signed', on: '2025-01-15' });
    }
    customers.push(customer);
  }
  return { service, subprocessor, customers };
}

const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

/** Closes every notification, so that none covers the buttons the next step clicks. */
async function closeNotifications(page: Page) {
  const notes = page.locator('.mantine-Notification-root');
  for (let open = await notes.count(); open > 0; open = await notes.count()) {
    await notes
      .first()
      .locator('.mantine-Notification-closeButton')
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await expect.poll(() => notes.count()).toBeLessThan(open);
  }
}

test('a sub-processor added to a service: the proposed notice accepted, letters made, two sent, an objection, the deadlines', async ({
  page,
  app,
  gotoApp,
}) => {
  test.setTimeout(120_000);
  const { service, subprocessor, customers } = await seed(app);
  await gotoApp();
  await go(page, `#/tjanster/${service.id}`);
  await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible();

  // Add the sub-processor to the service and save: the page says a notice is proposed.
  await page.getByRole('combobox', { name: 'Underbiträden' }).click();
  await page.getByRole('option', { name: `${SUBPROCESSOR} (Sverige)` }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const prompt = page.getByRole('status', { name: 'Förteckna föreslår ett ändringsmeddelande' });
  await expect(prompt).toContainText(`Ändringen av ${SUBPROCESSOR} berör 3 kunder.`);
  // Also said where the user is, at the Save button.
  await expect(page.getByRole('alert').filter({ hasText: 'Förteckna föreslår ett ändringsmeddelande' })).toBeVisible();
  await closeNotifications(page);
  await prompt.scrollIntoViewIfNeeded();

  // The proposal: why, and the two choices.
  await prompt.getByRole('link', { name: /Granska ändringsmeddelandet/ }).click();
  await expect(page.getByRole('heading', { name: `Nytt underbiträde: ${SUBPROCESSOR}` })).toBeVisible();
  const proposal = page.getByRole('region', { name: 'Förteckna föreslår ett ändringsmeddelande' });
  await expect(proposal).toContainText(`eftersom ${SUBPROCESSOR} har lagts till i Backup`);
  await page.screenshot(shot('change-notice-proposed'));

  // Accept: notify, effective on the day the last deadline runs out.
  const [proposed] = await app.call<{ id: number; latestDeadline: string }[]>('changeNotices.list', { open: true });
  await proposal.getByRole('button', { name: 'Meddela kunderna' }).click();
  const effective = page.getByRole('textbox', { name: 'Gäller från' });
  await expect(effective).toBeFocused();
  await page.getByRole('textbox', { name: 'Varför ändringen görs', exact: true }).fill('Bättre redundans för säkerhetskopiorna.');
  await page.getByRole('textbox', { name: 'Beslutat av' }).fill('Anna Ek');
  // A date before the last deadline is refused, with the deadline and room for a reason.
  await effective.fill('2026-12-20');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText(`Ändringen kan gälla tidigast ${proposed!.latestDeadline}`)).toBeVisible();
  const early = page.getByRole('textbox', { name: 'Skäl att ändringen gäller före fristen' });
  await expect(early).toBeVisible();
  await early.scrollIntoViewIfNeeded();
  await effective.fill(proposed!.latestDeadline);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText(`Ändringsmeddelandet om ${SUBPROCESSOR} har sparats.`)).toBeVisible();
  await expect(proposal).toHaveCount(0);
  await closeNotifications(page);

  // The letters, one per customer, and a merged one for printing.
  const recipients = page.getByRole('table', { name: 'Mottagare' });
  await page.getByRole('button', { name: 'Skapa brev', exact: true }).click();
  const letters = page.getByRole('dialog', { name: 'Skapa brev' });
  await letters.getByRole('checkbox', { name: 'Även ett samlat dokument för utskrift' }).check();
  await letters.getByRole('button', { name: 'Skapa brev' }).click();
  // The check before the letters may warn (a customer without a signed agreement): go on.
  const preflight = page.getByRole('dialog', { name: 'Kontroll före dokumentet' });
  const done = page.getByRole('alert').filter({ hasText: '3 brev har skapats' });
  await expect(done.or(preflight)).toBeVisible();
  if (await preflight.isVisible()) {
    await preflight.getByRole('button', { name: 'Skapa ändå' }).click();
  }
  await expect(done).toBeVisible();
  await expect(done).toContainText('Samlat dokument');
  await closeNotifications(page);
  await expect(recipients.getByRole('button', { name: 'Spara brevet till Alfa AB' })).toBeVisible();

  // Alfa and Beta are told by e-mail today.
  await recipients.getByRole('checkbox', { name: 'Välj Alfa AB' }).check();
  await recipients.getByRole('checkbox', { name: 'Välj Beta AB' }).check();
  await page.getByRole('button', { name: 'Markera som skickade' }).click();
  const sent = page.getByRole('dialog', { name: 'Markera som skickade' });
  await sent.getByRole('radio', { name: 'E-post' }).check();
  await sent.getByRole('button', { name: 'Markera som skickade' }).click();
  await expect(page.getByText('2 kunder har markerats som meddelade.')).toBeVisible();
  await expect(recipients.getByRole('row', { name: 'Beta AB' })).toContainText('Väntar på svar');
  await closeNotifications(page);

  // Alfa objects.
  await recipients.getByRole('button', { name: 'Registrera svar från Alfa AB' }).click();
  const answer = page.getByRole('dialog', { name: 'Registrera svar från Alfa AB' });
  await answer.getByRole('radio', { name: 'Kunden invänder mot ändringen' }).check();
  await answer.getByRole('textbox', { name: 'Invändningen' }).fill('Vi vill inte att våra kopior lagras hos en ny leverantör.');
  await answer.getByRole('button', { name: 'Spara svar' }).click();
  await expect(recipients.getByRole('row', { name: 'Alfa AB' })).toContainText('Vi vill inte att våra kopior lagras');

  // Each deadline on the notice follows that customer's agreement.
  const notice = await app.call<{ recipients: { customerId: number; deadline: string }[] }>('changeNotices.get', { id: proposed!.id });
  const [alfa, beta] = customers;
  const deadline = (id: number) => notice.recipients.find((r) => r.customerId === id)!.deadline;
  await expect(recipients.getByRole('row', { name: 'Alfa AB' })).toContainText(deadline(alfa!.id));
  await expect(recipients.getByRole('row', { name: 'Beta AB' })).toContainText(deadline(beta!.id));
  await closeNotifications(page);
  await recipients.scrollIntoViewIfNeeded();
  await page.screenshot(shot('change-notice'));

  // The objection's outcome dialog says what "excepted" writes.
  await recipients.getByRole('button', { name: 'Avgör invändningen från Alfa AB' }).click();
  const resolve = page.getByRole('dialog', { name: 'Avgör invändningen från Alfa AB' });
  await resolve.getByRole('radio', { name: 'Kunden undantas från ändringen' }).check();
  await expect(resolve).toContainText('skriver Förteckna in undantaget i kundens abonnemang på Backup');
  await resolve.getByRole('button', { name: 'Avbryt' }).click();

  // Beta's page: the open change and its deadline; its agreement carries the flag.
  await recipients.getByRole('link', { name: 'Beta AB' }).click();
  const section = page.getByRole('region', { name: 'Ändringar av underbiträden' });
  await expect(section).toContainText(`Invändningsfrist ${deadline(beta!.id)}`);
  await expect(page.getByRole('region', { name: 'PUB-avtal' })).toContainText('Ändring meddelad');
  await section.scrollIntoViewIfNeeded();
  await page.screenshot(shot('change-notice-customer'));

  // The list, the sub-processor's page and the letter template.
  await go(page, '#/andringsmeddelanden');
  const row = page.getByRole('row', { name: `Nytt underbiträde: ${SUBPROCESSOR}` });
  await expect(row).toContainText('2 av 3 skickade');
  await expect(row).toContainText('1 invändning');
  await page.screenshot(shot('change-notices'));
  await go(page, `#/underbitraden/${subprocessor.id}`);
  await expect(page.getByRole('region', { name: 'Ändringsmeddelanden' })).toContainText(`Nytt underbiträde: ${SUBPROCESSOR}`);
  await go(page, '#/pub-avtal');
  await expect(page.getByRole('row', { name: /Beta AB/ }).getByRole('link', { name: /Ändring meddelad/ })).toBeVisible();
  await go(page, `#/andringsmeddelanden/ny?underbitrade=${subprocessor.id}&tjanst=${service.id}`);
  const preview = page.getByRole('table', { name: 'Berörda kunder' });
  await expect(preview.getByRole('row', { name: 'Gamma AB' })).toBeVisible();
  await go(page, '#/andringsmeddelanden/brevmall');
  await expect(page.getByRole('heading', { name: 'Brevmall för ändringsmeddelanden' })).toBeVisible();
});
