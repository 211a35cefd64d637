import { notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  IMPORT_TARGETS,
  type Api,
  type ImportField,
  type ImportOpened,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportResult,
  type ImportTarget,
  type MethodName,
} from '../../shared/contract';
import type { AppError, Result } from '../../shared/errors';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// The import page against a real core for everything but sheetImport.*, whose answers are
// fakes shaped by the contract (shared/contract/sheet-import.ts): the page is tested on what it
// sends and shows, the core's reading of files has its own tests.

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h, 'Importbolaget AB');
});
afterEach(() => {
  h.dispose();
  notifications.clean();
});

type Answer = { ok: true; value: unknown } | { ok: false; error: AppError };
type Fake = (input: Record<string, unknown>) => Answer;

/** Routes sheetImport.* to `fakes` and records what the page sent; everything else goes to the core. */
function fakeSheetImport(fakes: Partial<Record<MethodName, Fake>>) {
  const sent: { method: string; input: Record<string, unknown> }[] = [];
  const real = h.api;
  const api: Api = {
    on: real.on,
    async call(method, input) {
      if (!method.startsWith('sheetImport.') && method !== 'history.undoChange') return real.call(method, input);
      const copy = JSON.parse(JSON.stringify(input ?? {})) as Record<string, unknown>;
      sent.push({ method, input: copy });
      const fake = fakes[method];
      const answer: Answer = fake ? fake(copy) : { ok: true, value: {} };
      return JSON.parse(JSON.stringify(answer)) as Result<never>;
    },
  };
  window.api = api;
  return { sent, inputsOf: (method: MethodName) => sent.filter((s) => s.method === method).map((s) => s.input) };
}

const ok = (value: unknown): Answer => ({ ok: true, value });
const counts = (given: Partial<Record<ImportTarget, number>> = {}) =>
  Object.fromEntries(IMPORT_TARGETS.map((target) => [target, given[target] ?? 0])) as Record<ImportTarget, number>;

const customerFields: ImportField[] = [
  { key: 'name', label: 'Namn', required: true, expected: true },
  { key: 'orgNr', label: 'Organisationsnummer', required: false, expected: true },
  { key: 'city', label: 'Ort', required: false, expected: false },
];

function opened(patch: Partial<NonNullable<ImportOpened>> = {}): NonNullable<ImportOpened> {
  return {
    importId: 'imp-1',
    fileName: 'Kundlista.xlsx',
    kind: 'xlsx',
    detected: null,
    ownWorkbook: false,
    remembered: false,
    sheets: [
      {
        name: 'Kunder',
        hidden: false,
        dataRows: 3,
        columns: [
          { letter: 'A', header: 'Kundnamn', samples: ['Acme AB', 'Beta AB'] },
          { letter: 'B', header: 'Org.nr', samples: ['556677-8899'] },
          { letter: 'C', header: 'Ort', samples: ['Örebro'] },
        ],
        note: null,
      },
      { name: 'Gamla kunder', hidden: true, dataRows: 12, columns: [{ letter: 'A', header: 'Namn', samples: ['Gamma AB'] }], note: null },
    ],
    mappings: [
      { sheet: 'Kunder', target: 'customers', headerRow: 1, columns: { A: 'name', B: null, C: 'city' } },
      { sheet: 'Gamla kunder', target: null, headerRow: 1, columns: {} },
    ],
    fields: Object.fromEntries(IMPORT_TARGETS.map((target) => [target, target === 'customers' ? customerFields : []])) as Record<
      ImportTarget,
      ImportField[]
    >,
    omissions: ['Kontaktpersonernas telefonnummer följer inte med.'],
    ...patch,
  };
}

const preview: ImportPreview = {
  importId: 'imp-1',
  create: counts({ customers: 2 }),
  update: counts({ customers: 1 }),
  skip: counts({ customers: 1 }),
  errors: 1,
  warnings: 0,
  rows: 4,
  newNames: [{ kind: 'customerCategory', label: 'Nya kundkategorier', names: ['Kommun'] }],
  fileProblems: [],
};

const rows: ImportPreviewRow[] = [
  { index: 0, sheet: 'Kunder', rows: [2], target: 'customers', action: 'create', label: 'Acme AB', match: null, problems: [] },
  { index: 1, sheet: 'Kunder', rows: [3], target: 'customers', action: 'create', label: 'Delta AB', match: null, problems: [] },
  {
    index: 2,
    sheet: 'Kunder',
    rows: [4],
    target: 'customers',
    action: 'update',
    label: 'Beta AB',
    match: { id: 7, name: 'Beta Aktiebolag', by: 'orgNr' },
    problems: [],
  },
  {
    index: 3,
    sheet: 'Kunder',
    rows: [5],
    target: 'customers',
    action: 'skip',
    label: 'Gamma',
    match: null,
    problems: [
      {
        severity: 'error',
        sheet: 'Kunder',
        row: 5,
        column: 'B',
        header: 'Org.nr',
        message: 'Organisationsnumret 556677-8898 stämmer inte (kontrollsiffran). Rätta det i filen.',
      },
    ],
  },
];

const result: ImportResult = {
  created: counts({ customers: 2 }),
  updated: counts({ customers: 1 }),
  skipped: counts({ customers: 1 }),
  changeId: 42,
};

/** sheetImport.columns: the sheets of `opened()` as read from another header row, shaped by the contract. */
function columnsAt(input: Record<string, unknown>): Answer {
  const { sheet, headerRow, target } = input as { sheet: string; headerRow: number; target: ImportTarget | null };
  if (sheet === 'Gamla kunder') {
    return ok({ dataRows: 12, columns: opened().sheets[1]!.columns, proposed: target === 'customers' ? { A: 'name' } : {} });
  }
  // Kunder: the real headers are on row 2, under a title row; row 2 is also the first row below the title.
  const dataRows = headerRow === 2 ? 2 : 1;
  return ok({
    dataRows,
    columns: [
      { letter: 'A', header: 'Namn', samples: ['Acme AB'] },
      { letter: 'B', header: 'Organisationsnummer', samples: ['556677-8899'] },
      { letter: 'C', header: 'Ort', samples: ['Örebro'] },
      { letter: 'D', header: 'E-post', samples: ['info@acme.se'] },
    ],
    proposed: target === 'customers' ? { A: 'name', B: 'orgNr', C: 'city', D: null } : {},
  });
}

const happy = () =>
  fakeSheetImport({
    'sheetImport.open': () => ok(opened()),
    'sheetImport.preview': () => ok(preview),
    'sheetImport.columns': columnsAt,
    'sheetImport.rows': (input) => {
      const show = input.show as string;
      const shown = rows.filter((r) => show === 'all' || (show === 'problems' ? r.problems.length > 0 : r.action === show));
      return ok({ total: shown.length, rows: shown });
    },
    'sheetImport.commit': () => ok(result),
    'history.undoChange': () => ok({ removed: 2, restored: 1 }),
  });

/** Step 1 in browser mode (the test host has no native dialogs): the file's path. */
async function openFile(user: ReturnType<typeof renderApp>['user'], path = '/home/anna/Kundlista.xlsx') {
  const field = await screen.findByRole('textbox', { name: 'Kalkylark (.xlsx eller .csv)' });
  await user.clear(field);
  await user.type(field, `${path}{Enter}`);
}

describe('Importera från Excel', () => {
  it('goes from the file through a changed column to the preview, the commit and links to the lists', async () => {
    const fake = happy();
    const { user } = renderApp('/importera');
    expect(await screen.findByRole('heading', { level: 1, name: 'Importera från Excel' })).toBeInTheDocument();
    expect(screen.getByText(/ingenting sparas i registret förrän du bekräftar importen i sista steget/)).toBeInTheDocument();

    // The path is checked before the core is asked.
    await openFile(user, '/home/anna/Kundlista.xls');
    expect(screen.getByText(/Välj en fil av typen .xlsx eller .csv/)).toBeInTheDocument();
    expect(fake.inputsOf('sheetImport.open')).toHaveLength(0);
    await openFile(user);
    expect(fake.inputsOf('sheetImport.open')).toEqual([{ path: '/home/anna/Kundlista.xlsx', lang: 'sv' }]);

    // Step 2: the sheets, what the file cannot carry, the columns and what they lack.
    const sheets = await screen.findByRole('tablist', { name: 'Blad i filen' });
    expect(within(sheets).getByRole('tab', { name: /Kunder/ })).toHaveTextContent('Kunder');
    expect(within(sheets).getByRole('tab', { name: /Gamla kunder/ })).toHaveTextContent('Importeras inte');
    expect(screen.getByText('Kontaktpersonernas telefonnummer följer inte med.')).toBeInTheDocument();
    expect(screen.getByText('3 rader')).toBeInTheDocument();
    const columns = screen.getByRole('table', { name: 'Kolumner i Kunder' });
    expect(within(columns).getByText('Acme AB · Beta AB')).toBeInTheDocument();
    expect(screen.getByText(/Ingen kolumn för Organisationsnummer\. Posterna importeras som utkast/)).toBeInTheDocument();

    // Column B becomes the organisation number; the warning goes.
    await user.click(screen.getByRole('combobox', { name: 'Fält för kolumn B (Org.nr)' }));
    await user.click(await screen.findByRole('option', { name: 'Organisationsnummer °' }));
    await waitFor(() => expect(screen.queryByText(/Ingen kolumn för Organisationsnummer/)).not.toBeInTheDocument());
    // "Skapa en ny" instead of updating a record that matches.
    await user.click(screen.getByText('skapa en ny'));

    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    await screen.findByText('Så här blir registret efter importen. Ingenting är sparat ännu.');
    const [sentPreview] = fake.inputsOf('sheetImport.preview');
    expect(sentPreview).toMatchObject({ importId: 'imp-1', onMatch: 'create', lang: 'sv' });
    expect(sentPreview?.mappings).toEqual([
      { sheet: 'Kunder', target: 'customers', headerRow: 1, columns: { A: 'name', B: 'orgNr', C: 'city' } },
      { sheet: 'Gamla kunder', target: null, headerRow: 1, columns: {} },
    ]);

    // Step 3: counts, new names, each row with what it becomes and its problems.
    const countsTable = screen.getByRole('table', { name: 'Poster per sort' });
    expect(within(countsTable).getByRole('row', { name: /Kunder/ })).toHaveTextContent(/Kunder\s*2\s*1\s*1/);
    expect(screen.getByText('1 fel')).toBeInTheDocument();
    expect(screen.getByText('Kommun')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Rader i förhandsgranskningen' });
    const beta = await within(table).findByRole('row', { name: 'Beta AB (Kunder, 4)' });
    expect(beta).toHaveTextContent('matchar Beta Aktiebolag (org.nr)');
    expect(beta).toHaveTextContent('Uppdateras');
    const gamma = within(table).getByRole('row', { name: 'Gamma (Kunder, 5)' });
    expect(gamma).toHaveTextContent('Hoppas över');
    expect(gamma).toHaveTextContent('Fel');
    expect(gamma).toHaveTextContent(
      'kolumn B (Org.nr): Organisationsnumret 556677-8898 stämmer inte (kontrollsiffran). Rätta det i filen.',
    );

    // Only the rows with problems.
    await user.click(within(screen.getByRole('radiogroup', { name: 'Visa' })).getByText('Med problem'));
    await waitFor(() => expect(within(table).queryByRole('row', { name: 'Beta AB (Kunder, 4)' })).not.toBeInTheDocument());
    expect(within(table).getByRole('row', { name: 'Gamma (Kunder, 5)' })).toBeInTheDocument();
    expect(fake.inputsOf('sheetImport.rows').at(-1)).toMatchObject({ importId: 'imp-1', show: 'problems' });

    // The commit, after a confirm that says it is all or nothing.
    await user.click(screen.getByRole('button', { name: 'Importera 3 poster' }));
    const confirm = await screen.findByRole('dialog', { name: 'Importera till registret?' });
    expect(confirm).toHaveTextContent('3 poster sparas i registret.');
    expect(confirm).toHaveTextContent('eller inget om något går fel');
    expect(fake.inputsOf('sheetImport.commit')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Importera' }));

    // Step 4: the result per kind, each linked to its list, and the history.
    expect(await screen.findByRole('heading', { name: 'Importen är klar' })).toBeInTheDocument();
    expect(fake.inputsOf('sheetImport.commit')).toEqual([{ importId: 'imp-1' }]);
    const done = screen.getByRole('table', { name: 'Resultat per sort' });
    const customers = within(done).getByRole('row', { name: /Kunder/ });
    expect(customers).toHaveTextContent(/Kunder\s*2\s*1\s*1/);
    expect(within(customers).getByRole('link', { name: 'Visa kunder' })).toHaveAttribute('href', '#/kunder');
    expect(screen.getByRole('link', { name: 'Se vad importen ändrade i Historik' })).toHaveAttribute('href', '#/historik');
    // The core may forget the file now.
    expect(fake.inputsOf('sheetImport.discard')).toEqual([{ importId: 'imp-1' }]);

    // Taken back as a whole, after a confirm that says what it does.
    await user.click(screen.getByRole('button', { name: 'Ångra importen' }));
    const undo = await screen.findByRole('dialog', { name: 'Ångra hela importen?' });
    expect(undo).toHaveTextContent('så länge ingen av posterna har ändrats efter importen');
    await user.click(within(undo).getByRole('button', { name: 'Ångra importen' }));
    expect(await screen.findByText('2 poster togs bort och 1 fick tillbaka sina tidigare värden.')).toBeInTheDocument();
    expect(fake.inputsOf('history.undoChange')).toEqual([{ changeId: 42 }]);
  });

  it('shows why a file is refused, and takes another one', async () => {
    let tries = 0;
    const fake = fakeSheetImport({
      'sheetImport.open': () =>
        ++tries === 1
          ? {
              ok: false,
              error: {
                code: 'IMPORT_INVALID',
                message: 'refused',
                details: {
                  problems: [
                    { path: '$', message: 'Arbetsboken är lösenordsskyddad. Spara den utan lösenord i Excel och läs in den igen.' },
                  ],
                  more: 0,
                },
              },
            }
          : ok(opened()),
    });
    const { user } = renderApp('/importera');
    await openFile(user, '/home/anna/Hemlig.xlsx');
    const refusal = await screen.findByRole('alert', { name: /Filen kan inte importeras/ });
    expect(refusal).toHaveTextContent('Ingenting har sparats.');
    expect(refusal).toHaveTextContent('Arbetsboken är lösenordsskyddad. Spara den utan lösenord i Excel och läs in den igen.');

    await openFile(user, '/home/anna/Kundlista.csv');
    expect(await screen.findByRole('tablist', { name: 'Blad i filen' })).toBeInTheDocument();
    expect(fake.inputsOf('sheetImport.open').map((i) => i.path)).toEqual(['/home/anna/Hemlig.xlsx', '/home/anna/Kundlista.csv']);
  });

  it('shows the reason for a path the core cannot read beside the field', async () => {
    fakeSheetImport({
      'sheetImport.open': () => ({ ok: false, error: { code: 'FILE_NOT_FOUND', message: 'missing' } }),
    });
    const { user } = renderApp('/importera');
    await openFile(user, '/home/anna/Finns inte.csv');
    expect(await screen.findByText(/Filen finns inte\./)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Kalkylark (.xlsx eller .csv)' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when the workbook is our own or the mapping was remembered, and warns about a missing or doubled field', async () => {
    fakeSheetImport({
      'sheetImport.open': () =>
        ok(
          opened({
            ownWorkbook: true,
            mappings: [{ sheet: 'Kunder', target: 'customers', headerRow: 1, columns: { A: 'city', B: null, C: 'city' } }],
          }),
        ),
      'sheetImport.columns': columnsAt,
    });
    const { user } = renderApp('/importera');
    await openFile(user);
    expect(await screen.findByText(/Det här är en arbetsbok från Förteckna – kolumnerna känns igen/)).toBeInTheDocument();
    expect(screen.getByText(/Ingen kolumn är vald för Namn\. Utan det hoppas raderna över/)).toBeInTheDocument();
    expect(screen.getByText(/Ort är valt för flera kolumner \(A, C\)/)).toBeInTheDocument();

    // A sheet that is not imported gets a target; its columns are matched by their headers.
    await user.click(screen.getByRole('tab', { name: /Gamla kunder/ }));
    expect(await screen.findByText('Dolt blad')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Importera bladet Gamla kunder som' }));
    await user.click(await screen.findByRole('option', { name: 'Kunder' }));
    expect(await screen.findByRole('table', { name: 'Kolumner i Gamla kunder' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Fält för kolumn A (Namn)' })).toHaveValue('Namn *');
  });

  it('reads the columns again from another header row and previews with the fields its headers suggest', async () => {
    const fake = happy();
    const { user } = renderApp('/importera');
    await openFile(user);
    const row = await screen.findByRole('textbox', { name: /Rubrikrad/ });
    expect(row).toHaveValue('1');
    expect(screen.getByText('3 rader')).toBeInTheDocument();

    // "23" is read once, as 23, not first as row 2.
    await user.clear(row);
    await user.type(row, '23');
    const columns = screen.getByRole('table', { name: 'Kolumner i Kunder' });
    expect(await within(columns).findByText('E-post')).toBeInTheDocument();
    expect(within(columns).queryByText('Kundnamn')).not.toBeInTheDocument();
    expect(screen.getByText('1 rad')).toBeInTheDocument();
    expect(fake.inputsOf('sheetImport.columns')).toEqual([{ importId: 'imp-1', sheet: 'Kunder', headerRow: 23, target: 'customers' }]);
    // The fields the new headers suggest replace the ones of the old headers.
    expect(screen.getByRole('combobox', { name: 'Fält för kolumn B (Organisationsnummer)' })).toHaveValue('Organisationsnummer °');
    expect(screen.getByRole('combobox', { name: 'Fält för kolumn D (E-post)' })).toHaveValue('Ignorera kolumnen');
    expect(screen.queryByText(/Ingen kolumn för Organisationsnummer/)).not.toBeInTheDocument();

    // A second reading of the sheet reads from the same header row and asks for its own proposal.
    await user.click(screen.getByRole('button', { name: 'Läs bladet som en sort till' }));
    await user.click(screen.getAllByRole('combobox', { name: 'Importera bladet Kunder som' })[1]!);
    await user.click(await screen.findByRole('option', { name: 'Tjänster' }));
    await waitFor(() => expect(fake.inputsOf('sheetImport.columns')).toHaveLength(2));
    expect(fake.inputsOf('sheetImport.columns')[1]).toEqual({ importId: 'imp-1', sheet: 'Kunder', headerRow: 23, target: 'services' });
    await user.click(await screen.findByRole('button', { name: 'Sluta läsa bladet som Tjänster' }));

    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    await screen.findByText('Så här blir registret efter importen. Ingenting är sparat ännu.');
    expect(fake.inputsOf('sheetImport.preview')[0]?.mappings).toEqual([
      { sheet: 'Kunder', target: 'customers', headerRow: 23, columns: { A: 'name', B: 'orgNr', C: 'city', D: null } },
      { sheet: 'Gamla kunder', target: null, headerRow: 1, columns: {} },
    ]);
  });

  it('shows beside the header row why the sheet could not be read from it, and waits for a row that can', async () => {
    fakeSheetImport({
      'sheetImport.open': () => ok(opened()),
      'sheetImport.columns': (input) =>
        input.headerRow === 9 ? { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } } : columnsAt(input),
    });
    const { user } = renderApp('/importera');
    await openFile(user);
    const row = await screen.findByRole('textbox', { name: /Rubrikrad/ });
    await user.clear(row);
    await user.type(row, '9');
    expect(await screen.findByText('Posten finns inte längre.')).toBeInTheDocument();
    expect(row).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Förhandsgranska' })).toBeDisabled();

    await user.clear(row);
    await user.type(row, '2');
    await waitFor(() => expect(screen.queryByText('Posten finns inte längre.')).not.toBeInTheDocument());
    expect(within(screen.getByRole('table', { name: 'Kolumner i Kunder' })).getByText('E-post')).toBeInTheDocument();
    expect(screen.getByText('2 rader')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Förhandsgranska' })).toBeEnabled();
  });

  it('says the mapping was remembered from an earlier file', async () => {
    fakeSheetImport({ 'sheetImport.open': () => ok(opened({ remembered: true, kind: 'csv', detected: 'Windows-1252, semikolon' })) });
    const { user } = renderApp('/importera');
    await openFile(user, '/home/anna/Kunder.csv');
    expect(await screen.findByText(/Kolumnerna är parade som sist du importerade en fil med samma upplägg/)).toBeInTheDocument();
    expect(screen.getByText('Läst som Windows-1252, semikolon.')).toBeInTheDocument();
  });

  it('forgets the file in the core when the page is left', async () => {
    const fake = happy();
    const { user } = renderApp('/importera');
    await openFile(user);
    await screen.findByRole('tablist', { name: 'Blad i filen' });
    expect(fake.inputsOf('sheetImport.discard')).toHaveLength(0);
    await user.click(screen.getByRole('link', { name: 'Kunder' }));
    await screen.findByRole('heading', { level: 1, name: 'Kunder' });
    await waitFor(() => expect(fake.inputsOf('sheetImport.discard')).toEqual([{ importId: 'imp-1' }]));
  });

  it('opens from Arkiv → Importera från Excel… and from Dokument och export', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('navigation', { name: 'Huvudmeny' });
    act(() => h.core.emit('app.menuCommand', { command: 'importSheet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Importera från Excel' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Dokument och export' }));
    const excel = await screen.findByRole('region', { name: 'Registret som Excel' });
    expect(within(excel).getByRole('link', { name: 'Importera från Excel…' })).toHaveAttribute('href', '#/importera');
  });
});
