import type { Locator, Page } from '@playwright/test';
import { addDays } from '../../shared/dates';
import { expect, test } from './fixtures';

// Översikt (issue 17) on the sample register: what needs doing, each kind the sample holds with its
// count, a click on an item opens the record where it is fixed, fixing it (a new review date)
// takes it off the list, and the charts show the sample's figures. On the reference register the
// list stays a screenful of rows however many items it holds.

interface Item {
  key: string;
  kind: string;
  severity: 'overdue' | 'dueSoon' | 'toFix';
  dueOn: string | null;
  subject: string;
}
interface List {
  on: string;
  items: Item[];
  byKind: Record<string, number>;
  counts: Record<'overdue' | 'dueSoon' | 'toFix', number>;
}

/** The kinds' names in the filter (attention.texts.ts). */
const KIND_NAMES: Record<string, string> = {
  'activity.review': 'Översyn av behandling',
  'activity.incomplete': 'Ofullständig behandling',
  'service.incomplete': 'Ofullständig tjänst',
  'purge.due': 'Gallring',
  'agreement.missing': 'PUB-avtal saknas',
  'agreement.unsigned': 'PUB-avtal inte signerat',
  'agreement.outOfDate': 'PUB-avtal inaktuellt',
  'agreement.ending': 'Uppdrag som upphör',
  'legalHold.review': 'Spärr att pröva',
  'subprocessor.transfer': 'Överföring utanför EU/EES',
  'subprocessor.agreementMissing': 'Avtal med underbiträde saknas',
  'organisation.profile': 'Organisationsprofil',
  'privacyNotice.missing': 'Integritetspolicy saknas',
  'privacyNotice.stale': 'Integritetspolicy inaktuell',
  'changeNotice.deadline': 'Ändringsmeddelande',
  'changeNotice.objection': 'Invändning mot ändring',
  'request.deadline': 'Begäran från registrerad',
  'breach.clock': 'Personuppgiftsincident',
};

/** What the sample holds on any day it is made (its dates are relative to that day). */
const SAMPLE_KINDS = [
  'activity.review',
  'purge.due',
  'agreement.unsigned',
  'agreement.missing',
  'privacyNotice.missing',
  'request.deadline',
  'breach.clock',
  'changeNotice.deadline',
];

const overview = (page: Page) =>
  page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: 'Översikt', exact: true })
    .click();
/** A group of the list by its heading ("Försenat 4"). */
const group = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
/** The row of the item about `subject` of the kind named `kind`. */
const row = (scope: Locator, subject: string, kind: string) =>
  scope
    .getByRole('listitem')
    .filter({ has: scope.page().getByRole('link', { name: subject, exact: true }) })
    .filter({ hasText: kind });

test.describe('on the sample register', () => {
  test.use({ register: 'sample' });

  test('shows each kind the sample holds; an item opens where it is fixed, and fixing it takes it off the list', async ({
    page,
    app,
    gotoApp,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const list = await app.call<List>('attention.list', { horizonDays: 30, lang: 'sv' });
    expect(Object.keys(list.byKind)).toEqual(expect.arrayContaining(SAMPLE_KINDS));

    await gotoApp();
    await expect(page.getByRole('heading', { name: 'Översikt', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Att göra', level: 2 })).toBeVisible();

    // Each kind in the filter, with its count; the groups with theirs.
    const filter = page.getByRole('group', { name: 'Visa' });
    await expect(filter.getByText(`Allt ${list.items.length}`, { exact: true })).toBeVisible();
    for (const [kind, count] of Object.entries(list.byKind)) {
      await expect(filter.getByText(`${KIND_NAMES[kind]} ${count}`, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole('region', { name: `Försenat ${list.counts.overdue}`, exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: `Att åtgärda ${list.counts.toFix}`, exact: true })).toBeVisible();

    // The request, the breach and the unsigned agreement are dated: their day shows, in words too.
    const request = list.items.find((i) => i.kind === 'request.deadline' && i.severity === 'overdue')!;
    const overdue = group(page, 'Försenat');
    await expect(row(overdue, request.subject, KIND_NAMES['request.deadline']!)).toContainText(request.dueOn!);
    await expect(row(overdue, request.subject, KIND_NAMES['request.deadline']!)).toContainText('dagar sedan');
    const breach = list.items.find((i) => i.kind === 'breach.clock')!;
    await expect(page.getByRole('listitem').filter({ hasText: breach.subject }).first()).toContainText(breach.dueOn!);

    // Only one kind: the purge items.
    await filter.getByText(`${KIND_NAMES['purge.due']} ${list.byKind['purge.due']}`, { exact: true }).click();
    await expect(page.getByRole('region', { name: /^Att åtgärda/ })).toHaveCount(0);
    const purge = list.items.find((i) => i.kind === 'purge.due')!;
    await expect(row(page.locator('main'), purge.subject, KIND_NAMES['purge.due']!)).toBeVisible();
    // It opens the purge list, where the purge is done.
    await row(page.locator('main'), purge.subject, KIND_NAMES['purge.due']!).getByRole('link', { name: purge.subject }).click();
    await expect(page.getByRole('heading', { name: 'Gallring', level: 1 })).toBeVisible();
    await expect(page.getByRole('tab', { name: /Att gallra/ })).toHaveAttribute('aria-selected', 'true');
    await page.goBack();
    await filter.getByText(/^Allt \d+$/).click();

    // An agreement sent and not signed opens the agreement.
    const unsigned = list.items.find((i) => i.kind === 'agreement.unsigned')!;
    await page
      .getByRole('listitem')
      .filter({ hasText: KIND_NAMES['agreement.unsigned']! })
      .getByRole('link', { name: unsigned.subject, exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(/#\/pub-avtal\/\d+/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(unsigned.subject);
    await page.goBack();

    // The privacy notice never published opens the documents page, where it is written.
    // It comes after the customers without an agreement: the filter brings it up.
    const notice = list.items.find((i) => i.kind === 'privacyNotice.missing')!;
    await filter.getByText(`${KIND_NAMES['privacyNotice.missing']} 1`, { exact: true }).click();
    await row(group(page, 'Att åtgärda'), notice.subject, KIND_NAMES['privacyNotice.missing']!)
      .getByRole('link', { name: notice.subject })
      .click();
    await expect(page.getByRole('heading', { name: 'Dokument och export', level: 1 })).toBeVisible();
    await page.goBack();
    // The filter is as it was left.
    await expect(page.getByRole('region', { name: 'Att åtgärda 1', exact: true })).toBeVisible();
    await filter.getByText(/^Allt \d+$/).click();

    // The overdue review opens the activity with its next review date focused; a new date takes it off.
    const review = list.items.find((i) => i.kind === 'activity.review' && i.severity === 'overdue')!;
    const reviewRow = row(overdue, review.subject, KIND_NAMES['activity.review']!);
    await expect(reviewRow).toContainText(review.dueOn!);
    const reviewLink = reviewRow.getByRole('link', { name: review.subject });
    await expect(reviewLink).toHaveAttribute('href', /^#\/behandlingar\/\d+\?falt=nextReviewAt$/);
    await reviewLink.click();
    // The form focuses the field and then drops `falt` from the address.
    await expect(page).toHaveURL(/#\/behandlingar\/\d+/);
    const next = page.getByRole('textbox', { name: /^Nästa översyn/ });
    await expect(next).toBeFocused();
    const nextYear = addDays(list.on, 365);
    await next.fill(nextYear);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect(page.getByText(/har sparats/).first()).toBeVisible();
    await overview(page);
    await expect(group(page, 'Försenat')).toBeVisible();
    await expect(row(overdue, review.subject, KIND_NAMES['activity.review']!)).toHaveCount(0);
    await expect(page.getByRole('region', { name: `Försenat ${list.counts.overdue - 1}`, exact: true })).toBeVisible();
    const after = await app.call<List>('attention.list', { horizonDays: 30, lang: 'sv' });
    expect(after.items.map((i) => i.key)).not.toContain(review.key);
  });

  test('the charts show the sample’s figures', async ({ page, app, gotoApp }) => {
    const figures = await app.call<{
      completeness: { score: number | null };
      agreementsByStatus: { customers: number };
      subprocessorsByPlace: { subprocessors: number };
      activitiesByLegalBasis: { activities: number };
    }>('overview.figures', {});
    await gotoApp();
    const charts = page.getByRole('region', { name: 'Registret i siffror' });
    await expect(charts).toBeVisible();
    await expect(charts).toContainText(`${figures.completeness.score} %`);
    await expect(
      charts.getByRole('img', { name: new RegExp(`^PUB-avtal hos ${figures.agreementsByStatus.customers} aktiva kunder: `) }),
    ).toBeAttached();
    await expect(
      charts.getByRole('img', { name: new RegExp(`^${figures.subprocessorsByPlace.subprocessors} underbiträden i bruk: `) }),
    ).toBeAttached();
    await expect(charts.getByRole('img', { name: /^Behandlingar per rättslig grund: / })).toBeAttached();
  });

  test('screenshots at 1366×768 and 1920×1080', async ({ page, gotoApp }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await gotoApp();
    await expect(group(page, 'Försenat')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Registret i siffror' })).toBeVisible();
    await page.screenshot({ path: '/tmp/overview-1366.png', animations: 'disabled', fullPage: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: '/tmp/overview-1920.png', animations: 'disabled', fullPage: true });
    await page
      .getByRole('button', { name: /^Fler val för/ })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'Påminn mig senare' }).click();
    await expect(page.getByRole('dialog', { name: 'Påminn mig senare' })).toBeVisible();
    await page.screenshot({ path: '/tmp/overview-snooze-1366.png', animations: 'disabled' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Inställningar för påminnelser' }).click();
    await expect(page.getByRole('dialog', { name: 'Inställningar för påminnelser' })).toBeVisible();
    await page.screenshot({ path: '/tmp/overview-settings-1920.png', animations: 'disabled' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'To do', level: 2 })).toBeVisible();
    await page.screenshot({ path: '/tmp/overview-en-1920.png', animations: 'disabled' });
  });
});

test('on a new register the profile is one item, not also an alert', async ({ page, gotoApp }) => {
  await gotoApp();
  const toFix = group(page, 'Att åtgärda');
  const profile = toFix.getByRole('listitem').filter({ hasText: KIND_NAMES['organisation.profile']! });
  await expect(profile).toContainText('Organisationsprofilen saknar organisationsnummer');
  await expect(profile.getByRole('link')).toHaveAttribute('href', /^#\/organisation\?falt=/);
  // Said once: the old alert above the page is not there as well.
  await expect(page.getByText('Organisationsprofilen är inte klar')).toHaveCount(0);
  await profile.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Organisation', level: 1 })).toBeVisible();
});

test.describe('on the reference register', () => {
  test.use({ reference: { customers: 500 } });
  test.describe.configure({ timeout: 300_000 });

  test('a long list renders a screenful of rows, also with every item shown', async ({ page, app, gotoApp }) => {
    const list = await app.call<List>('attention.list', { horizonDays: 30, lang: 'sv' });
    const [largest, count] = Object.entries({ overdue: list.counts.overdue, toFix: list.counts.toFix }).sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(100);
    await gotoApp();
    const name = largest === 'overdue' ? 'Försenat' : 'Att åtgärda';
    const big = page.getByRole('region', { name: `${name} ${count}`, exact: true });
    await expect(big).toBeVisible();
    // A few of each group, then "Visa alla N": a virtualised box, never all the rows at once.
    expect(await page.getByRole('listitem').count()).toBeLessThan(60);
    await big.getByRole('button', { name: `Visa alla ${count}` }).click();
    await expect(big.locator('[data-virtual-scroll] li').first()).toBeVisible();
    expect(await big.getByRole('listitem').count()).toBeLessThan(60);
    // Scrolled to the end, its last item is there.
    await big.locator('[data-virtual-scroll]').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(big.locator(`[data-virtual-scroll] li[aria-posinset="${count}"]`)).toBeAttached();
  });
});
