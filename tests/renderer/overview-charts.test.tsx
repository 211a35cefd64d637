import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract';
import { theme } from '../../renderer/app/theme';
import { OverviewCharts } from '../../renderer/features/dashboard/OverviewCharts';
import { createI18n } from '../../renderer/i18n';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// The overview's completeness card and charts (issue 17) over a real core: the numbers a user
// reads are the core's counts, the empty register gets sentences instead of empty charts, and the
// completeness figure reads the same on Översikt and Behandlingar. jsdom draws no SVG (no layout),
// so the counts are checked where they are text: legends, bars and each chart's summary.

let h: Harness;

// jsdom does no layout, and Recharts draws nothing in a container of size 0: give the charts'
// responsive containers the size the donut asks for, so their segments are drawn and clickable.
function sizeCharts(): () => void {
  const restore = (['clientWidth', 'clientHeight'] as const).map((prop) => {
    const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop)!;
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('recharts-responsive-container') ? 96 : (own.get?.call(this) as number);
      },
    });
    return () => Object.defineProperty(HTMLElement.prototype, prop, own);
  });
  return () => restore.forEach((r) => r());
}
let unsize: () => void;
beforeAll(() => {
  unsize = sizeCharts();
});
afterAll(() => unsize());

function renderCharts(lang: 'sv' | 'en' = 'sv') {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <MantineProvider theme={theme} env="test" forceColorScheme="light">
        <MemoryRouter initialEntries={['/']}>
          <Routes>
            <Route path="/" element={<OverviewCharts />} />
            <Route path="/kunder" element={<h1>Kundlistan</h1>} />
            <Route path="/behandlingar" element={<h1>Behandlingslistan</h1>} />
            <Route path="/underbitraden" element={<h1>Underbiträdeslistan</h1>} />
            <Route path="/tjanster" element={<h1>Tjänstelistan</h1>} />
          </Routes>
        </MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { user };
}

/** The cards show skeletons until the core answers; the score appears with the answer. */
const loaded = () => screen.findByTestId('completeness-score');

const count = <T extends { count: number }>(rows: T[], pick: (r: T) => boolean) => rows.find(pick)!.count;

describe('overview charts', () => {
  let figures: MethodOutput<'overview.figures'>;
  // The sample register, built once: these tests only read it.
  beforeAll(async () => {
    h = createHarness();
    await h.call('register.openSample', {});
    figures = await h.call('overview.figures', {});
  });
  afterAll(() => h.dispose());

  it('shows the completeness figure and each chart with its numbers as text', async () => {
    renderCharts();
    await loaded();
    const score = figures.completeness.score!;
    const completeness = await screen.findByRole('region', { name: 'Registrets fullständighet' });
    expect(within(completeness).getByTestId('completeness-score')).toHaveTextContent(`${score} %`);
    expect(completeness).toHaveTextContent(`Registret är ${score} % komplett`);
    const { activities, services } = figures.completeness;
    expect(
      within(completeness).getByRole('link', { name: `${activities.complete} av ${activities.total} behandlingar kompletta` }),
    ).toBeVisible();
    expect(within(completeness).getByRole('link', { name: `Tjänster: ${services.complete} av ${services.total} kompletta` })).toBeVisible();

    // Legal bases: short names from the enum labels, the count beside each bar, and a summary.
    const bases = screen.getByRole('region', { name: 'Behandlingar per rättslig grund' });
    const legitimate = count(figures.activitiesByLegalBasis.bases, (b) => b.legalBasis === 'legitimate_interests');
    const consent = count(figures.activitiesByLegalBasis.bases, (b) => b.legalBasis === 'consent');
    const basesImage = within(bases).getByRole('img');
    expect(basesImage).toHaveAccessibleName(expect.stringContaining(`Berättigat intresse: ${legitimate}`));
    expect(basesImage).toHaveAccessibleName(expect.stringContaining(`Samtycke: ${consent}`));
    expect(basesImage).toHaveTextContent(`Berättigat intresse${legitimate}`);
    // A basis no activity uses takes no room.
    expect(basesImage).not.toHaveTextContent('Grundläggande intresse');

    // Agreements: the customer list's status words, with the count of active customers each.
    const agreements = screen.getByRole('region', { name: 'PUB-avtal hos aktiva kunder' });
    const signed = count(figures.agreementsByStatus.statuses, (s) => s.status === 'signed');
    const none = count(figures.agreementsByStatus.statuses, (s) => s.status === 'none');
    expect(within(agreements).getByTestId('legend-signed')).toHaveTextContent(`Signerat${signed}`);
    expect(within(agreements).getByTestId('legend-none')).toHaveTextContent(`Inget avtal${none}`);
    const donut = within(agreements).getByRole('img');
    expect(donut).toHaveAccessibleName(expect.stringContaining(`PUB-avtal hos ${figures.agreementsByStatus.customers} aktiva kunder`));
    expect(donut).toHaveAccessibleName(expect.stringContaining(`Signerat: ${signed}`));
    // One segment per status that has customers, the total in the middle.
    expect(donut.querySelectorAll('.recharts-pie-sector')).toHaveLength(
      figures.agreementsByStatus.statuses.filter((s) => s.count > 0).length,
    );
    expect(donut).toHaveTextContent(String(figures.agreementsByStatus.customers));

    // Sub-processors: EU/EEA, adequacy, third country, and the countries.
    const subs = screen.getByRole('region', { name: 'Underbiträden efter var de behandlar' });
    const [eea, adequacy, third] = figures.subprocessorsByPlace.zones.map((z) => z.count);
    expect(within(subs).getByTestId('legend-eea')).toHaveTextContent(`Inom EU/EES${eea}`);
    expect(within(subs).getByTestId('legend-adequacy')).toHaveTextContent(`Land med adekvansbeslut${adequacy}`);
    expect(within(subs).getByTestId('legend-thirdCountry')).toHaveTextContent(`Tredjeland utan adekvansbeslut${third}`);
    const top = figures.subprocessorsByPlace.places[0]!;
    expect(top.country).toBe('SE');
    expect(within(subs).getByTestId('subprocessor-places')).toHaveTextContent(`Per land: Sverige ${top.count} · USA`);
  });

  it('leads from each chart to the list it counts: a link under it, or a click on a segment', async () => {
    const { user } = renderCharts();
    await loaded();
    const agreements = await screen.findByRole('region', { name: 'PUB-avtal hos aktiva kunder' });
    await user.click(within(agreements).getByRole('link', { name: 'Öppna kundlistan' }));
    expect(await screen.findByRole('heading', { name: 'Kundlistan' })).toBeVisible();
    cleanup();

    renderCharts();
    await loaded();
    const subs = screen.getByRole('region', { name: 'Underbiträden efter var de behandlar' });
    await user.click(subs.querySelector('.recharts-pie-sector path')!);
    expect(await screen.findByRole('heading', { name: 'Underbiträdeslistan' })).toBeVisible();
    cleanup();

    renderCharts();
    await loaded();
    const bases = screen.getByRole('region', { name: 'Behandlingar per rättslig grund' });
    await user.click(within(bases).getByRole('link', { name: 'Öppna behandlingarna' }));
    expect(await screen.findByRole('heading', { name: 'Behandlingslistan' })).toBeVisible();
  });

  it('speaks English, with the legal bases in English', async () => {
    renderCharts('en');
    await loaded();
    const bases = await screen.findByRole('region', { name: 'Processing activities by legal basis' });
    expect(within(bases).getByRole('img')).toHaveAccessibleName(expect.stringContaining('Legitimate interests:'));
    expect(screen.getByRole('region', { name: 'Sub-processors by where they process' })).toHaveTextContent('Within the EU/EEA');
    expect(screen.getByRole('region', { name: 'Completeness of the register' })).toHaveTextContent(
      `The register is ${figures.completeness.score} % complete`,
    );
  });

  it('reads the same on Behandlingar as on Översikt', async () => {
    renderCharts();
    await loaded();
    const completeness = await screen.findByRole('region', { name: 'Registrets fullständighet' });
    const sentence = `Registret är ${figures.completeness.score} % komplett`;
    expect(completeness).toHaveTextContent(sentence);
    cleanup();
    renderApp('/behandlingar');
    expect(await screen.findByTestId('register-score')).toHaveTextContent(sentence);
  });
});

describe('overview charts of an empty register', () => {
  beforeEach(() => {
    h = createHarness();
  });
  afterEach(() => h.dispose());

  it('says there is nothing to assess and shows sentences, not empty charts', async () => {
    await openTestRegister(h);
    renderCharts();
    await loaded();
    const completeness = await screen.findByRole('region', { name: 'Registrets fullständighet' });
    expect(within(completeness).getByTestId('completeness-score')).toHaveTextContent('–');
    expect(completeness).toHaveTextContent('Inget att bedöma än');
    expect(completeness).not.toHaveTextContent('0 %');
    expect(screen.getByRole('region', { name: 'Behandlingar per rättslig grund' })).toHaveTextContent('Inga behandlingar än.');
    expect(screen.getByRole('region', { name: 'PUB-avtal hos aktiva kunder' })).toHaveTextContent('Inga aktiva kunder än.');
    expect(screen.getByRole('region', { name: 'Underbiträden efter var de behandlar' })).toHaveTextContent('Inga underbiträden i bruk än.');
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });
});
