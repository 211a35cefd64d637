import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity, emptyCustomer, emptyDsrRequest } from '../../shared/contract';
import { addDays } from '../../shared/dates';
import { requestClock } from '../../shared/deadlines';
import { todayIso } from '../../renderer/ui/lang';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// The requests register in the UI (issue 16): a request logged from the form, its identity
// checked, its deadline extended and the request answered through the quick actions, each
// step seen on the page as the user would (the deadline, the state); the list shows overdue and
// due-this-week requests in words.

let h: Harness;
beforeEach(async () => {
  notifications.clean();
  h = createHarness();
  await openTestRegister(h, 'Driftbolaget AB');
});
afterEach(() => h.dispose());

/** Types into a field in one go (a paste): the page re-renders once, not per key. */
async function fill(user: ReturnType<typeof renderApp>['user'], field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

const TITLE = 'Tillgång – registerutdrag (art. 15) – Anna Svensson';
const clockOf = (receivedOn: string, extensionNotifiedOn: string | null = null) =>
  requestClock({ receivedOn, extensionNotifiedOn, closedOn: null, on: todayIso() });

describe('requests', () => {
  it('logs a request from the form: the deadline shows as it is filled in, each problem beside its field', async () => {
    await h.call('activities.create', { ...emptyActivity, name: 'Kundregister' });
    const { user } = renderApp('/arenden');

    // The area opens on the requests tab, empty.
    expect(await screen.findByRole('heading', { name: 'Begäranden och incidenter', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Begäranden/ })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText(/Inga öppna begäranden/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ny begäran' }));
    expect(await screen.findByRole('heading', { name: 'Ny begäran' })).toBeInTheDocument();

    // The deadline for a request received today shows while the form is filled in.
    const today = todayIso();
    const first = clockOf(today);
    const clock = screen.getByRole('region', { name: 'Frist' });
    expect(clock).toHaveTextContent(`Sista dag enligt lag${first.dueOn}`);
    expect(clock).toHaveTextContent(`Vårt interna mål${first.targetOn}`);

    // Each field says what is wrong with it.
    const received = screen.getByRole('textbox', { name: /^Mottagen/ });
    await fill(user, received, 'igår');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ange datum som ÅÅÅÅ-MM-DD.')).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Den sökandes namn' });
    expect(name).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByText('Ange mottagningsdag så visas fristen.')).toBeInTheDocument();

    await fill(user, received, today);
    await fill(user, name, 'Anna Svensson');
    await fill(user, screen.getByRole('textbox', { name: /^Kontaktuppgift/ }), 'anna@example.se');
    await user.click(screen.getByRole('combobox', { name: /^Behandlingar som berörs/ }));
    await user.click(await screen.findByRole('option', { name: 'Kundregister' }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Begäran från Anna Svensson har registrerats.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: TITLE })).toBeInTheDocument();
    const [logged] = (await h.call('requests.list', { filter: 'all' })).rows;
    expect(logged).toMatchObject({ requesterName: 'Anna Svensson', status: 'received', identity: 'pending' });
    expect((await h.call('requests.get', { id: logged!.id })).activities.map((a) => a.name)).toEqual(['Kundregister']);
    expect(screen.getByText('Den sökandes identitet är inte kontrollerad.')).toBeInTheDocument();
  }, 120_000);

  it('checks the identity, extends the deadline and answers the request, each from its dialog', async () => {
    const today = todayIso();
    const first = clockOf(today);
    const logged = await h.call('requests.create', {
      ...emptyDsrRequest,
      receivedOn: today,
      requesterName: 'Anna Svensson',
      requesterContact: 'anna@example.se',
    });
    const { user } = renderApp(`/arenden/begaranden/${logged.id}`);
    expect(await screen.findByRole('heading', { name: TITLE })).toBeInTheDocument();
    const clock = screen.getByRole('region', { name: 'Frist' });
    expect(clock).toHaveTextContent(`Sista dag enligt lag${first.dueOn}`);

    // Identity: the method is required; once checked the request is in progress.
    await user.click(screen.getByRole('button', { name: 'Kontrollera identitet' }));
    let dialog = await screen.findByRole('dialog', { name: 'Kontrollera identitet' });
    await user.click(within(dialog).getByRole('button', { name: 'Spara kontrollen' }));
    expect(await within(dialog).findByRole('textbox', { name: /^Hur identiteten kontrollerades/ })).toHaveAccessibleDescription(
      /Fältet måste fyllas i\./,
    );
    await fill(user, within(dialog).getByRole('textbox', { name: /^Hur identiteten kontrollerades/ }), 'BankID');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Kontrollerad av' }), 'Erik Ek');
    await user.click(within(dialog).getByRole('button', { name: 'Spara kontrollen' }));
    expect(await screen.findByText('Identitetskontrollen har sparats.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Pågår', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kontrollera identitet' })).not.toBeInTheDocument();
    expect((await h.call('requests.get', { id: logged!.id })).fields).toMatchObject({
      identity: 'verified',
      identityMethod: 'BankID',
      identityCheckedOn: today,
      identityCheckedBy: 'Erik Ek',
      status: 'in_progress',
    });

    // The extension: told today (inside the first month), the deadline is three months.
    await user.click(screen.getByRole('button', { name: 'Förläng fristen' }));
    dialog = await screen.findByRole('dialog', { name: 'Förläng fristen' });
    expect(dialog).toHaveTextContent(`senast ${first.firstDueOn}`);
    await fill(user, within(dialog).getByRole('textbox', { name: /^Skäl till förlängningen/ }), 'Uppgifterna finns i många system.');
    await user.click(within(dialog).getByRole('button', { name: 'Förläng fristen' }));
    const extended = clockOf(today, today);
    expect(await screen.findByText(`Fristen har förlängts till ${extended.dueOn}.`)).toBeInTheDocument();
    await waitFor(() => expect(clock).toHaveTextContent(`Sista dag enligt lag${extended.dueOn}`));
    expect(screen.getByRole('group', { name: 'Frist' })).toHaveTextContent(`Förlängd frist (tre månader)${extended.dueOn}`);

    // The answer: granted today; the request is closed in time.
    await user.click(screen.getByRole('button', { name: 'Besvara' }));
    dialog = await screen.findByRole('dialog', { name: 'Besvara' });
    expect(within(dialog).getByRole('combobox', { name: 'Utfall' })).toHaveValue('granted');
    await user.click(within(dialog).getByRole('button', { name: 'Spara svaret' }));
    expect(await screen.findByText('Begäran är besvarad.')).toBeInTheDocument();
    await waitFor(() => expect(clock).toHaveTextContent('Besvarad i tid'));
    expect(screen.queryByRole('button', { name: 'Besvara' })).not.toBeInTheDocument();
    expect((await h.call('requests.get', { id: logged!.id })).fields).toMatchObject({
      status: 'answered',
      outcome: 'granted',
      answeredOn: today,
    });

    // Back in the list: closed, so only under "Avslutade".
    await user.click(screen.getByRole('link', { name: 'Alla begäranden' }));
    expect(await screen.findByText(/Inga öppna begäranden/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Avslutade' }));
    const table = await screen.findByRole('table', { name: 'Begäranden' });
    expect(await within(table).findByRole('row', { name: TITLE })).toHaveTextContent('Besvarad i tid');
  }, 120_000);

  it('refuses a refusal without a reason, and says when an extension comes too late', async () => {
    const receivedOn = addDays(todayIso(), -40);
    const created = await h.call('requests.create', { ...emptyDsrRequest, right: 'erasure', receivedOn, requesterName: 'Per Berg' });
    const { user } = renderApp(`/arenden/begaranden/${created.id}`);
    await screen.findByRole('heading', { name: 'Radering (art. 17) – Per Berg' });

    // Told of the extension today, more than a month after receipt: it does not count.
    await user.click(screen.getByRole('button', { name: 'Förläng fristen' }));
    const extend = await screen.findByRole('dialog', { name: 'Förläng fristen' });
    expect(within(extend).getByRole('alert')).toHaveTextContent('Den dagen är efter den första månaden');
    await user.click(within(extend).getByRole('button', { name: 'Avbryt' }));

    // A refusal needs its reason (Art. 12(4)).
    await user.click(screen.getByRole('button', { name: 'Besvara' }));
    const answer = await screen.findByRole('dialog', { name: 'Besvara' });
    await user.selectOptions(within(answer).getByRole('combobox', { name: 'Utfall' }), 'refused_exemption');
    await user.click(within(answer).getByRole('button', { name: 'Spara svaret' }));
    expect(await within(answer).findByRole('textbox', { name: /^Skäl/ })).toHaveAccessibleDescription(/Fältet måste fyllas i\./);
    await fill(user, within(answer).getByRole('textbox', { name: /^Skäl/ }), 'Uppgifterna måste sparas enligt bokföringslagen.');
    await user.click(within(answer).getByRole('button', { name: 'Spara svaret' }));
    expect(await screen.findByText('Begäran är avslagen.')).toBeInTheDocument();
    // Answered after the deadline: said on the page.
    expect(await screen.findByText('Begäran besvarades efter fristen.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Frist' })).toHaveTextContent('Besvarad för sent');
    // Erasure: the recipients are to be told (Art. 19).
    expect(screen.getByRole('textbox', { name: 'Mottagare underrättade den' })).toBeInTheDocument();
  }, 90_000);

  it("forwards a request about a customer's data to the customer instead of answering it", async () => {
    const customer = await h.call('customers.create', { ...emptyCustomer, name: 'Alfa AB' });
    const created = await h.call('requests.create', {
      ...emptyDsrRequest,
      right: 'erasure',
      receivedOn: todayIso(),
      requesterName: 'Lena Holm',
      ourRole: 'processor',
      customerId: customer.id,
    });
    const { user } = renderApp(`/arenden/begaranden/${created.id}`);
    await screen.findByRole('heading', { name: 'Radering (art. 17) – Lena Holm' });
    expect(screen.getByText(/Som personuppgiftsbiträde besvarar vi inte begäran själva/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kund (personuppgiftsansvarig)' })).toHaveValue('Alfa AB');
    expect(screen.getByText('Begäran gäller en kunds uppgifter men har inte vidarebefordrats till kunden.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Besvara' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vidarebefordra till kunden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vidarebefordra till kunden' });
    await fill(user, within(dialog).getByRole('textbox', { name: /^Kundens instruktion/ }), 'Radera personen ur ärendesystemet.');
    await user.click(within(dialog).getByRole('button', { name: 'Markera som vidarebefordrad' }));
    expect(await screen.findByText('Begäran är vidarebefordrad till kunden.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Frist' })).toHaveTextContent('Hos kunden'));
    expect(screen.queryByText('Begäran gäller en kunds uppgifter men har inte vidarebefordrats till kunden.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vidarebefordra till kunden' })).not.toBeInTheDocument();
    expect((await h.call('requests.get', { id: created.id })).fields).toMatchObject({
      status: 'forwarded',
      forwardedOn: todayIso(),
      customerInstruction: 'Radera personen ur ärendesystemet.',
    });
  }, 90_000);

  it('offers the latest version when the request changed elsewhere before a quick action was saved', async () => {
    const created = await h.call('requests.create', { ...emptyDsrRequest, receivedOn: todayIso(), requesterName: 'Anna Svensson' });
    const { user } = renderApp(`/arenden/begaranden/${created.id}`);
    await screen.findByRole('heading', { name: TITLE });
    // Another window adds a note meanwhile.
    await h.call('requests.update', { id: created.id, revision: created.revision, fields: { ...created.fields, notes: 'Ringt upp.' } });

    await user.click(screen.getByRole('button', { name: 'Besvara' }));
    const dialog = await screen.findByRole('dialog', { name: 'Besvara' });
    await user.click(within(dialog).getByRole('button', { name: 'Spara svaret' }));
    const conflict = (await screen.findByText('Posten har ändrats')).closest<HTMLElement>('[role="alert"]')!;
    expect(conflict).toHaveTextContent('Läs in senaste versionen');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await h.call('requests.get', { id: created.id })).status).toBe('received');
    await user.click(within(conflict).getByRole('button', { name: 'Läs in senaste versionen' }));
    expect(screen.getByRole('textbox', { name: 'Anteckningar' })).toHaveValue('Ringt upp.');
  }, 60_000);

  it('marks overdue and due-this-week requests in words in the list, and filters them', async () => {
    const today = todayIso();
    await h.call('requests.create', { ...emptyDsrRequest, receivedOn: addDays(today, -45), requesterName: 'Olle Sen' });
    // Received so that the deadline is a few days off.
    const soon = [-24, -25, -26, -27, -28, -23, -22].map((d) => addDays(today, d)).find((d) => clockOf(d).state === 'due_soon')!;
    await h.call('requests.create', { ...emptyDsrRequest, right: 'rectification', receivedOn: soon, requesterName: 'Stina Snart' });
    await h.call('requests.create', { ...emptyDsrRequest, right: 'objection', receivedOn: today, requesterName: 'Nils Ny' });

    const { user } = renderApp('/arenden/begaranden');
    const table = await screen.findByRole('table', { name: 'Begäranden' });
    const late = await within(table).findByRole('row', { name: 'Tillgång – registerutdrag (art. 15) – Olle Sen' });
    const overdueBy = -clockOf(addDays(today, -45)).daysLeft!;
    expect(late).toHaveTextContent(`Försenad ${overdueBy} dagar`);
    const dueSoon = within(table).getByRole('row', { name: 'Rättelse (art. 16) – Stina Snart' });
    expect(dueSoon).toHaveTextContent(new RegExp(`${clockOf(soon).dueOn}(\\d+ dagar? kvar|Förfaller i dag)`));
    // Open requests, soonest deadline first.
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.getAttribute('aria-label'));
    expect(names).toEqual([
      'Tillgång – registerutdrag (art. 15) – Olle Sen',
      'Rättelse (art. 16) – Stina Snart',
      'Invändning (art. 21) – Nils Ny',
    ]);
    expect(screen.getByRole('tab', { name: /Begäranden/ })).toHaveTextContent('3 öppna1 försenad');

    await user.click(screen.getByRole('radio', { name: 'Försenade' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('row', { name: /Olle Sen/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Inom en vecka' }));
    await waitFor(() => expect(within(table).getByRole('row', { name: /Stina Snart/ })).toBeInTheDocument());
    expect(within(table).queryByRole('row', { name: /Olle Sen/ })).not.toBeInTheDocument();
  }, 60_000);
});
