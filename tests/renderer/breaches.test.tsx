import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyBreach, emptyCustomer, emptyEquipment, emptySite } from '../../shared/contract';
import { stockholmWallClock } from '../../shared/deadlines';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// The breach log in the UI (issue 16): a breach logged as controller with its 72-hour clock, the
// form's checks beside each field, IMY marked as notified (with the delay reason it asks for
// past 72 hours), and a processor breach at a customer site whose customer is told.

let h: Harness;
beforeEach(async () => {
  notifications.clean();
  h = createHarness();
  await openTestRegister(h, 'Driftbolaget AB');
});
afterEach(() => h.dispose());

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
/** A datetime-local input takes its value whole. */
const setWhen = (label: string, instant: string, within_: HTMLElement = document.body) =>
  fireEvent.change(within(within_).getByLabelText(label), { target: { value: stockholmWallClock(instant) } });

/** Types a text at once (a paste): the form is long, and typing key by key is slow in jsdom. */
async function fill(user: ReturnType<typeof renderApp>['user'], field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe('breaches', () => {
  // The long form renders slowly in jsdom: this one test gets more time than the default.
  it(
    'a new breach: each field says what is wrong, then it is saved and its clock counts down from awareness',
    { timeout: 90_000 },
    async () => {
      const { user } = renderApp('/arenden/incidenter/ny');
      await screen.findByRole('heading', { name: 'Ny incident' });
      const field = (label: string) => screen.getByLabelText(label);
      const title = field('Rubrik');
      const risk = field('Risk för de registrerade');
      const count = field('Ungefärligt antal registrerade');
      const save = screen.getByRole('button', { name: 'Spara', hidden: true });

      // Without a title, with an end before the start, assessed as no risk without a reason.
      setWhen('Kännedom (svensk tid)', ago(10.5));
      setWhen('Inträffade från', ago(12));
      setWhen('Inträffade till', ago(20));
      fireEvent.change(risk, { target: { value: 'no_risk' } });
      await user.click(save);
      await waitFor(() => expect(title).toHaveAccessibleDescription(/Fältet måste fyllas i/));
      expect(field('Inträffade till')).toHaveAccessibleDescription(/Slutet kan inte komma före början/);
      expect(field('Motivering')).toHaveAccessibleDescription(/Skriv varför incidenten inte bedöms/);
      expect(await h.call('breaches.list', { filter: 'all' })).toMatchObject({ total: 0 });

      // A title, the times in order, a risk; but the number of data subjects is no number.
      fireEvent.change(title, { target: { value: 'Felskickad lönefil' } });
      setWhen('Inträffade till', ago(11));
      fireEvent.change(risk, { target: { value: 'risk' } });
      fireEvent.change(count, { target: { value: 'många' } });
      await user.click(save);
      await waitFor(() => expect(count).toHaveAccessibleDescription(/Ogiltigt värde/));
      expect(title).not.toHaveAccessibleDescription(/Fältet måste fyllas i/);
      expect(await h.call('breaches.list', { filter: 'all' })).toMatchObject({ total: 0 });

      fireEvent.change(count, { target: { value: '40' } });
      await user.click(save);

      // Saved: its own page, the clock live with 61 whole hours left of 72, the deadline in Swedish time.
      const box = await screen.findByTestId('imy-box', {}, { timeout: 5000 });
      expect(within(box).getByTestId('imy-clock')).toHaveTextContent('61 h kvar');
      expect(box).toHaveTextContent('Tiden löper');
      const [saved] = (await h.call('breaches.list', { filter: 'all' })).rows;
      expect(saved).toMatchObject({ title: 'Felskickad lönefil', risk: 'risk', imy: { state: 'running' } });
      expect(box).toHaveTextContent(`Senast ${stockholmWallClock(saved!.imy.deadline).replace('T', ' ')}`);
      expect((await h.call('breaches.get', { id: saved!.id })).fields.approxSubjects).toBe(40);
    },
  );

  it('marks IMY notified within 72 hours: the box says how long it took, the list says it in words', async () => {
    const breach = await h.call('breaches.create', {
      ...emptyBreach,
      title: 'Felskickad lönefil',
      discoveredAt: ago(10.5),
      cause: 'misdirected_email',
      risk: 'risk',
      breachTypes: ['confidentiality'],
    });
    const { user } = renderApp(`/arenden/incidenter/${breach.id}`);
    const box = await screen.findByTestId('imy-box');
    expect(within(box).getByTestId('imy-clock')).toHaveTextContent('61 h kvar');

    await user.click(within(box).getByRole('button', { name: 'Markera IMY underrättad' }));
    const dialog = await screen.findByRole('dialog', { name: 'Markera IMY underrättad' });
    await fill(user, within(dialog).getByLabelText('IMY:s diarienummer'), 'IMY-2026-123');
    await user.click(within(dialog).getByRole('button', { name: 'Spara anmälan' }));
    await waitFor(() => expect(screen.getByTestId('imy-box')).toHaveTextContent('Anmäld i tid'));
    expect(screen.getByTestId('imy-clock')).toHaveTextContent(/^Anmäld efter 10,5 h$/);
    expect(screen.getByTestId('imy-box')).toHaveTextContent('IMY:s diarienummer IMY-2026-123');
    const after = await h.call('breaches.get', { id: breach.id });
    expect(after.fields.imyReference).toBe('IMY-2026-123');
    expect(after.imy.state).toBe('met');

    await user.click(screen.getByRole('link', { name: 'Alla incidenter' }));
    const table = await screen.findByRole('table', { name: 'Incidenter' });
    const row = await within(table).findByRole('row', { name: 'Felskickad lönefil' });
    expect(row).toHaveTextContent('Anmäld i tid');
    expect(row).toHaveTextContent('Anmäld efter 10,5 h');
    expect(row).toHaveTextContent('Ansvarig');
  });

  it('shows an overdue clock in the list, and asks for the reason when IMY is told after 72 hours', async () => {
    const breach = await h.call('breaches.create', {
      ...emptyBreach,
      title: 'Intrång i e-postkonto',
      discoveredAt: ago(80.2),
      cause: 'phishing',
      risk: 'risk',
      breachTypes: ['confidentiality'],
    });
    const { user } = renderApp('/arenden/incidenter');
    const table = await screen.findByRole('table', { name: 'Incidenter' });
    const row = await within(table).findByRole('row', { name: 'Intrång i e-postkonto' });
    expect(row).toHaveTextContent('8 h över tiden');
    expect(row).toHaveTextContent('Försenad');
    expect(screen.getByTestId('breach-counts')).toHaveTextContent('1 anmälan till IMY är försenad');

    await user.click(row);
    const box = await screen.findByTestId('imy-box');
    expect(within(box).getByTestId('imy-clock')).toHaveTextContent('8 h över tiden');
    await user.click(within(box).getByRole('button', { name: 'Markera IMY underrättad' }));
    const dialog = await screen.findByRole('dialog', { name: 'Markera IMY underrättad' });
    await user.click(within(dialog).getByRole('button', { name: 'Spara anmälan' }));
    expect(await within(dialog).findByText('Anmälan gjordes efter 72 timmar: ange skälen till dröjsmålet.')).toBeInTheDocument();
    expect((await h.call('breaches.get', { id: breach.id })).fields.imyNotifiedAt).toBeNull();

    await fill(user, within(dialog).getByLabelText(/Skäl till dröjsmålet/), 'Upptäcktes under en helg utan jour.');
    await user.click(within(dialog).getByRole('button', { name: 'Spara anmälan' }));
    await waitFor(() => expect(screen.getByTestId('imy-box')).toHaveTextContent('Anmäld för sent'));
    expect(screen.getByTestId('imy-box')).toHaveTextContent('Skäl till dröjsmålet: Upptäcktes under en helg utan jour.');
    expect((await h.call('breaches.get', { id: breach.id })).imy.state).toBe('late');
  });

  it('a processor breach at a customer site: the customer is affected through its device and is marked as told', async () => {
    const customer = await h.call('customers.create', { ...emptyCustomer, name: 'Ängshagen AB' });
    const site = await h.call('sites.create', { customerId: customer.id, fields: { ...emptySite, name: 'Huvudkontoret' } });
    const device = await h.call('equipment.create', {
      customerId: customer.id,
      siteId: site.id,
      fields: { ...emptyEquipment, type: 'pc', hostname: 'ang-lap-07' },
    });
    const breach = await h.call('breaches.create', {
      ...emptyBreach,
      title: 'Stulen bärbar dator',
      ourRole: 'processor',
      discoveredAt: ago(5),
      cause: 'lost_stolen_device',
      equipmentIds: [device.id],
    });
    const { user } = renderApp(`/arenden/incidenter/${breach.id}`);
    const customers = await screen.findByRole('table', { name: 'Berörda kunder' });
    const row = within(customers).getByRole('row', { name: 'Ängshagen AB' });
    expect(row).toHaveTextContent('Enhet');
    expect(row).toHaveTextContent('Inte underrättad');
    expect(row).toHaveTextContent('5 h utan underrättelse');
    // The device is listed under "Vilka berörs" with its customer and site.
    expect(screen.getByText('ang-lap-07 · Ängshagen AB · Huvudkontoret')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Markera Ängshagen AB underrättad' }));
    const dialog = await screen.findByRole('dialog', { name: 'Underrättelse till Ängshagen AB' });
    await user.click(within(dialog).getByRole('radio', { name: 'Telefon' }));
    await fill(user, within(dialog).getByLabelText('Anteckning'), 'Pratade med kundens IT-ansvariga.');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Berörda kunder' })).getByRole('row', { name: 'Ängshagen AB' })).toHaveTextContent(
        'Telefon',
      ),
    );
    expect(screen.getByRole('region', { name: 'Underrättelse till kunderna' })).toHaveTextContent('1 av 1 underrättade');
    const told = await h.call('breaches.get', { id: breach.id });
    expect(told.customers[0]).toMatchObject({ notifiedVia: 'phone', note: 'Pratade med kundens IT-ansvariga.' });
  });
});
