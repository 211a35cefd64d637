import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity } from '../../shared/contract';
import { addDays } from '../../shared/dates';
import { todayIso } from '../../renderer/ui/lang';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// Översikt (issue 17): what needs doing, grouped by when it is due, each item a link to where it
// is fixed; filtered by kind; put aside until a day or marked not relevant (with a reason), listed
// under "Undanlagda" with who and why, and brought back with "Ångra". Seeded through the contract.

let h: Harness;
let today: string;
let ids: Record<'overdue' | 'week' | 'later', number>;

beforeEach(async () => {
  notifications.clean();
  h = createHarness();
  await openTestRegister(h, 'Driftbolaget AB');
  await h.call('settings.setDisplayName', { displayName: 'Eva Ek' });
  today = todayIso();
  // Three activities with review dates: three days ago, in three days, in twenty days.
  const review = async (name: string, days: number) =>
    (await h.call('activities.create', { ...emptyActivity, name, nextReviewAt: addDays(today, days) })).id;
  ids = {
    overdue: await review('Kundregister', -3),
    week: await review('Löneadministration', 3),
    later: await review('Nyhetsbrev', 20),
  };
});
afterEach(() => h.dispose());

type User = ReturnType<typeof renderApp>['user'];

const group = (name: RegExp) => screen.findByRole('region', { name });
/** The row of the item about `subject` with the kind `kind` (its badge), inside `within`. */
function row(container: HTMLElement, subject: string, kind: string): HTMLElement {
  const rows = within(container)
    .getAllByRole('listitem')
    .filter((li) => within(li).queryByRole('link', { name: subject }) && within(li).queryByText(kind));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

async function openMenu(user: User, item: HTMLElement, choice: 'Påminn mig senare' | 'Inte aktuellt') {
  await user.click(within(item).getByRole('button', { name: /^Fler val för/ }));
  await user.click(await screen.findByRole('menuitem', { name: choice }));
  return screen.findByRole('dialog', { name: choice });
}

describe('Översikt: the attention list', () => {
  it('groups the items by when they are due, with counts, each a link to where it is fixed', async () => {
    const list = await h.call('attention.list', {});
    const { user } = renderApp('/');

    const overdue = await group(/^Försenat 1$/);
    const item = row(overdue, 'Kundregister', 'Översyn av behandling');
    expect(item).toHaveTextContent(addDays(today, -3));
    expect(item).toHaveTextContent('för 3 dagar sedan');
    expect(item).toHaveTextContent('Behandlingen ska granskas');
    // One click to the field to change: the activity's next review date.
    expect(within(item).getByRole('link', { name: 'Kundregister' })).toHaveAttribute(
      'href',
      `#/behandlingar/${ids.overdue}?falt=nextReviewAt`,
    );

    const week = await group(/^Den här veckan 1$/);
    expect(row(week, 'Löneadministration', 'Översyn av behandling')).toHaveTextContent('om 3 dagar');
    const later = await group(/^Senare 1$/);
    expect(row(later, 'Nyhetsbrev', 'Översyn av behandling')).toHaveTextContent('om 20 dagar');

    // What lacks a day: the incomplete activities (and whatever else the new register lacks).
    const toFix = await group(new RegExp(`^Att åtgärda ${list.counts.toFix}$`));
    expect(row(toFix, 'Kundregister', 'Ofullständig behandling')).toHaveTextContent('Obligatoriska uppgifter saknas');
    expect(list.counts.toFix).toBeGreaterThanOrEqual(3);

    // A shorter horizon leaves out what is later.
    await user.click(screen.getByRole('radio', { name: '7 dagar' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Senare/ })).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: /^Den här veckan 1$/ })).toBeInTheDocument();
  });

  it('filters by kind, with the count of each kind', async () => {
    const { user } = renderApp('/');
    await group(/^Försenat 1$/);
    const filter = screen.getByRole('group', { name: 'Visa' });
    await user.click(within(filter).getByRole('checkbox', { name: 'Översyn av behandling 3' }));

    // Only the reviews: nothing to fix without a day is left.
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Att åtgärda/ })).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: /^Försenat 1$/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Den här veckan 1$/ })).toBeInTheDocument();
    expect(screen.queryByText('Ofullständig behandling', { selector: '.mantine-Badge-label' })).not.toBeInTheDocument();

    await user.click(within(filter).getByRole('checkbox', { name: /^Allt/ }));
    expect(await group(/^Att åtgärda/)).toBeInTheDocument();

    // The register's figures lead to the same items: the activities' "3 att göra" and more.
    const figures = screen.getByRole('region', { name: 'Registret' });
    expect(within(figures).getByRole('link', { name: 'Kunders tjänsteabonnemang' })).toHaveAttribute('href', '#/bitradesregister');
    await user.click(within(figures).getByRole('button', { name: 'Visa det som ska göras: Behandlingar' }));
    expect(within(filter).getByRole('checkbox', { name: /^Översyn av behandling/ })).toBeChecked();
    expect(within(filter).getByRole('checkbox', { name: /^Ofullständig behandling/ })).toBeChecked();
    expect(within(filter).getByRole('checkbox', { name: /^Allt/ })).not.toBeChecked();
  });

  it('puts an item aside until a day: it leaves the list, shows under Undanlagda with who and why, and Ångra brings it back', async () => {
    const { user } = renderApp('/');
    const overdue = await group(/^Försenat 1$/);
    const dialog = await openMenu(user, row(overdue, 'Kundregister', 'Översyn av behandling'), 'Påminn mig senare');

    // The day is required and must be after today; each said beside the field.
    const until = within(dialog).getByRole('textbox', { name: 'Visa igen den' });
    await user.clear(until);
    await user.click(within(dialog).getByRole('button', { name: 'Lägg undan' }));
    expect(await within(dialog).findByText('Fältet måste fyllas i.')).toBeInTheDocument();
    await user.type(until, today);
    await user.click(within(dialog).getByRole('button', { name: 'Lägg undan' }));
    expect(await within(dialog).findByText('Välj en dag efter i dag.')).toBeInTheDocument();

    // The quick choice: tomorrow.
    const tomorrow = addDays(today, 1);
    await user.click(within(dialog).getByRole('button', { name: `I morgon · ${tomorrow}` }));
    expect(until).toHaveValue(tomorrow);
    await user.type(within(dialog).getByRole('textbox', { name: /^Anteckning/ }), 'Ägaren är på semester');
    await user.click(within(dialog).getByRole('button', { name: 'Lägg undan' }));
    expect(await screen.findByText(`Punkten är undanlagd till ${tomorrow}.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Försenat/ })).not.toBeInTheDocument());

    // Undanlagda (1), collapsed until opened: who, why, until when.
    const aside = screen.getByRole('region', { name: 'Undanlagda (1)' });
    const toggle = within(aside).getByRole('button', { name: /^Undanlagda \(1\)/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const answered = row(aside, 'Kundregister', `Undanlagd till ${tomorrow}`);
    expect(answered).toHaveTextContent('Eva Ek');
    expect(answered).toHaveTextContent('Varför: Ägaren är på semester');

    await user.click(within(answered).getByRole('button', { name: 'Ångra för Kundregister' }));
    expect(await screen.findByText('Punkten visas i listan igen.')).toBeInTheDocument();
    const back = await group(/^Försenat 1$/);
    expect(row(back, 'Kundregister', 'Översyn av behandling')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Undanlagda/ })).not.toBeInTheDocument();
  });

  it('marks an item not relevant only with a reason, and keeps the reason', async () => {
    const { user } = renderApp('/');
    const week = await group(/^Den här veckan 1$/);
    const dialog = await openMenu(user, row(week, 'Löneadministration', 'Översyn av behandling'), 'Inte aktuellt');

    await user.click(within(dialog).getByRole('button', { name: 'Markera som inte aktuell' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Varför är den inte aktuell\?/ });
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/Skriv varför punkten inte är aktuell/));
    expect((await h.call('attention.list', {})).dismissed).toHaveLength(0);

    await user.type(reason, 'Behandlingen avvecklas i december');
    await user.click(within(dialog).getByRole('button', { name: 'Markera som inte aktuell' }));
    expect(await screen.findByText('Punkten är markerad som inte aktuell.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Den här veckan/ })).not.toBeInTheDocument());

    const aside = screen.getByRole('region', { name: 'Undanlagda (1)' });
    await user.click(within(aside).getByRole('button', { name: /^Undanlagda/ }));
    const answered = row(aside, 'Löneadministration', 'Inte aktuell');
    expect(answered).toHaveTextContent('Varför: Behandlingen avvecklas i december');
    expect(answered).toHaveTextContent('Eva Ek');
  });

  it('says plainly when nothing needs doing', async () => {
    // Only the dated reviews are left once the rest is answered: answer them all.
    const list = await h.call('attention.list', { horizonDays: 90 });
    for (const item of list.items)
      await h.call('attention.dismiss', { key: item.key, fingerprint: item.fingerprint, mode: 'notRelevant', reason: 'Test' });
    renderApp('/');
    expect(await screen.findByText(/^Inget är försenat och inget förfaller de närmaste 30 dagarna/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sets the days before a sent agreement counts as unsigned, each problem beside its field', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Inställningar för påminnelser' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inställningar för påminnelser' });
    const days = await within(dialog).findByRole('textbox', { name: /^Dagar innan ett skickat avtal räknas som osignerat/ });
    expect(days).toHaveValue('30');
    await user.clear(days);
    await user.type(days, '400');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(days).toHaveAccessibleDescription(/Ange ett antal dagar från 1 till 365\./));
    await user.clear(days);
    await user.type(days, '14');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Inställningarna har sparats.')).toBeInTheDocument();
    expect((await h.call('attention.getSettings', {})).sentAgreementDays).toBe(14);
  });
});
