import { MantineProvider } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../renderer/i18n';
import { DataTable } from '../../renderer/ui/DataTable';

// DataTable with rows already in memory: short lists render whole, headers sort, rows open by
// click or Enter, and a long list puts only the rows in view into the DOM.

interface Thing {
  id: number;
  name: string;
  city: string;
}

const columns: ColumnDef<Thing, unknown>[] = [
  { accessorKey: 'name', header: 'Namn' },
  // No accessor: shown, not sortable.
  { id: 'city', header: 'Ort', cell: ({ row }) => row.original.city },
];

function renderTable(rows: readonly Thing[], onRowClick?: (row: Thing) => void) {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n('sv')}>
      <MantineProvider env="test">
        <DataTable
          rows={rows}
          columns={columns}
          getRowId={(r) => String(r.id)}
          rowLabel={(r) => r.name}
          label="Saker"
          emptyText="Inga saker ännu"
          onRowClick={onRowClick}
        />
      </MantineProvider>
    </I18nextProvider>,
  );
  return { user, table: screen.getByRole('table', { name: 'Saker' }) };
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1); // the first is the header
const names = (table: HTMLElement) => bodyRows(table).map((r) => r.getAttribute('aria-label'));

const few: Thing[] = [
  { id: 1, name: 'Beta', city: 'Västerås' },
  { id: 2, name: 'Alfa', city: 'Köping' },
  { id: 3, name: 'Gamma', city: 'Sala' },
];

describe('DataTable with rows in memory', () => {
  it('renders a short list whole, in the rows’ own order', () => {
    const { table } = renderTable(few);
    expect(names(table)).toEqual(['Beta', 'Alfa', 'Gamma']);
    expect(within(table).getByRole('row', { name: 'Alfa' })).toHaveTextContent('Köping');
    expect(table.closest('[data-virtual-scroll]')).toBeNull();
  });

  it('sorts by an accessor column from its header, ascending then descending', async () => {
    const { user, table } = renderTable(few);
    const header = within(table).getByRole('columnheader', { name: /Namn/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(within(table).queryByRole('button', { name: 'Sortera efter Ort' })).not.toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Sortera efter Namn' }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(names(table)).toEqual(['Alfa', 'Beta', 'Gamma']);

    await user.click(within(table).getByRole('button', { name: 'Sortera efter Namn' }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(names(table)).toEqual(['Gamma', 'Beta', 'Alfa']);
  });

  it('opens a row by click and by Enter', async () => {
    const opened = vi.fn();
    const { user, table } = renderTable(few, opened);
    await user.click(within(table).getByRole('row', { name: 'Alfa' }));
    expect(opened).toHaveBeenLastCalledWith(few[1]);

    within(table).getByRole('row', { name: 'Gamma' }).focus();
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenLastCalledWith(few[2]);
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('says so when there are no rows', () => {
    const { table } = renderTable([]);
    expect(bodyRows(table)).toEqual([]);
    expect(screen.getByText('Inga saker ännu')).toBeInTheDocument();
  });

  it('puts only a window of a long list into the DOM, and sorts the whole list', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: i + 1, name: `Sak ${String(i + 1).padStart(4, '0')}`, city: '' }));
    const { user, table } = renderTable(many);
    expect(table.closest('[data-virtual-scroll]')).not.toBeNull();
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    const shown = names(table);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]).toBe('Sak 0001');

    await user.click(within(table).getByRole('button', { name: 'Sortera efter Namn' }));
    await user.click(within(table).getByRole('button', { name: 'Sortera efter Namn' }));
    expect(names(table)[0]).toBe('Sak 5000');
    expect(names(table).length).toBeLessThan(100);
  });
});
