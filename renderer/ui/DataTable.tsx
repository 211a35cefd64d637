import { Center, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Row, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

// A table for long server-side lists (customers today, 20,000 devices later). Only the rows in
// view (plus a small overscan) are in the DOM; the rest are spacer rows. The caller owns the data
// (usePagedRows) and the sort order, which the server applies.

export interface DataTableProps<T> {
  columns: ColumnDef<T, unknown>[];
  total: number | undefined;
  rowAt: (index: number) => T | undefined;
  onRangeChange: (start: number, end: number) => void;
  getRowId: (row: T) => string;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  onRowClick?: (row: T) => void;
  /** Accessible name of each row (e.g. the customer's name). */
  rowLabel?: (row: T) => string;
  label: string;
  /** When this changes (new query, filter or sort) the table scrolls back to the top. */
  resetKey?: string;
  emptyText: string;
  height?: number | string;
  rowHeight?: number;
}

export function DataTable<T>({
  columns,
  total,
  rowAt,
  onRangeChange,
  getRowId,
  sorting,
  onSortingChange,
  onRowClick,
  rowLabel,
  label,
  resetKey,
  emptyText,
  height = 'calc(100vh - 260px)',
  rowHeight = 41,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) onRangeChange(first, last);
  }, [first, last, count, resetKey, onRangeChange]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const visible = items.map((v) => rowAt(v.index)).filter((r): r is T => r !== undefined);
  const table = useReactTable<T>({
    data: visible,
    columns,
    getRowId: (row) => getRowId(row),
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
  });
  const rowsById = useMemo(() => {
    const map = new Map<string, Row<T>>();
    for (const row of table.getRowModel().rows) map.set(row.id, row);
    return map;
    // The row model changes with `visible`; recompute each render is cheap (only visible rows).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table, visible.map((r) => getRowId(r)).join('|')]);

  const columnCount = table.getVisibleLeafColumns().length;
  // Column sizes are relative weights, so the table always fits its box (fixed layout).
  const sizeSum = table.getVisibleLeafColumns().reduce((sum, c) => sum + (c.columnDef.size ?? 150), 0);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = count > 0 && items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  const activate = (row: T) => onRowClick?.(row);
  const onKey = (event: KeyboardEvent, row: T) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(row);
    }
  };

  return (
    <div
      ref={scrollRef}
      data-virtual-scroll=""
      style={{ height, overflow: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 } as CSSProperties}
    >
      <Table
        stickyHeader
        highlightOnHover={false}
        verticalSpacing={8}
        aria-label={label}
        aria-rowcount={count + 1}
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sortable = header.column.getCanSort();
                const dir = header.column.getIsSorted();
                const content = flexRender(header.column.columnDef.header, header.getContext());
                const width = `${(((header.column.columnDef.size ?? 150) / sizeSum) * 100).toFixed(2)}%`;
                return (
                  <Table.Th
                    key={header.id}
                    style={{
                      width,
                      background: 'var(--mantine-color-gray-0)',
                      whiteSpace: 'nowrap',
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                    }}
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : sortable ? 'none' : undefined}
                  >
                    {sortable ? (
                      <UnstyledButton
                        onClick={header.column.getToggleSortingHandler()}
                        style={{
                          display: 'inline-flex',
                          alignItems: 'center',
                          gap: 4,
                          fontWeight: 600,
                          fontSize: 'var(--mantine-font-size-sm)',
                        }}
                        aria-label={t('table.sortBy', {
                          column: typeof header.column.columnDef.header === 'string' ? header.column.columnDef.header : header.id,
                        })}
                      >
                        {content}
                        {dir === 'asc' ? (
                          <IconSortAscending size={14} />
                        ) : dir === 'desc' ? (
                          <IconSortDescending size={14} />
                        ) : (
                          <IconArrowsSort size={14} opacity={0.4} />
                        )}
                      </UnstyledButton>
                    ) : (
                      content
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((v) => {
            const data = rowAt(v.index);
            const row = data === undefined ? undefined : rowsById.get(getRowId(data));
            if (!data || !row) {
              return (
                <Table.Tr key={`placeholder-${v.index}`} style={{ height: rowHeight }} aria-rowindex={v.index + 2}>
                  <Table.Td colSpan={columnCount}>
                    <Skeleton h={14} w="60%" />
                  </Table.Td>
                </Table.Tr>
              );
            }
            return (
              <Table.Tr
                key={row.id}
                className={onRowClick ? 'data-table-row' : undefined}
                style={{ height: rowHeight }}
                aria-rowindex={v.index + 2}
                aria-label={rowLabel?.(data)}
                tabIndex={onRowClick ? 0 : undefined}
                onClick={() => activate(data)}
                onKeyDown={(e) => onKey(e, data)}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {total === 0 && (
        <Center p="xl">
          <Text c="dimmed">{emptyText}</Text>
        </Center>
      )}
    </div>
  );
}
