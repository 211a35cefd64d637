import { Center, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

// The one table of the app. Two sources: a long server-side list fetched in pages (usePagedRows:
// customers, 20,000 devices), whose sort order the server applies; or rows already in memory (a
// catalogue, a customer's sites), sorted here. Only the rows in view (plus a small overscan) are in
// the DOM, except for short in-memory lists, which render whole and size to their content.

interface CommonProps<T> {
  columns: ColumnDef<T, unknown>[];
  getRowId: (row: T) => string;
  onRowClick?: (row: T) => void;
  /** Accessible name of each row (e.g. the customer's name). */
  rowLabel?: (row: T) => string;
  label: string;
  /** When this changes (new query, filter or sort) the table scrolls back to the top. */
  resetKey?: string;
  emptyText: string;
  /** The scroll box: fixed for paged lists; for in-memory lists a maximum (the box fits short lists). */
  height?: number | string;
  rowHeight?: number;
  /** Cells may wrap onto several lines (rows are then measured, not assumed `rowHeight` high). */
  wrap?: boolean;
}

export interface PagedTableProps<T> extends CommonProps<T> {
  total: number | undefined;
  rowAt: (index: number) => T | undefined;
  onRangeChange: (start: number, end: number) => void;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  rows?: undefined;
}

export interface MemoryTableProps<T> extends CommonProps<T> {
  rows: readonly T[];
  /** Columns with an accessor sort by clicking their header; the initial order is the rows' own. */
  initialSorting?: SortingState;
  /** Told when the user sorts (e.g. to remember the order for the next visit). */
  onSortingChange?: (sorting: SortingState) => void;
}

export type DataTableProps<T> = PagedTableProps<T> | MemoryTableProps<T>;

/** In-memory lists up to this many rows render whole (no scroll box of their own). */
const RENDER_WHOLE = 200;

export function DataTable<T>(props: DataTableProps<T>) {
  return props.rows ? <MemoryTable {...props} /> : <PagedTable {...props} />;
}

function MemoryTable<T>({ rows, initialSorting = [], onSortingChange, ...rest }: MemoryTableProps<T>) {
  const [sorting, setSortingState] = useState<SortingState>(initialSorting);
  const setSorting = (next: SortingState) => {
    setSortingState(next);
    onSortingChange?.(next);
  };
  const table = useReactTable<T>({
    data: rows as T[],
    columns: rest.columns,
    getRowId: (row) => rest.getRowId(row),
    state: { sorting },
    onSortingChange: (updater) => setSorting(typeof updater === 'function' ? updater(sorting) : updater),
    enableSortingRemoval: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const sorted = table.getRowModel().rows;
  const rowAt = useCallback((index: number) => sorted[index]?.original, [sorted]);
  const whole = rows.length <= RENDER_WHOLE;
  return (
    <PagedTable
      {...rest}
      total={rows.length}
      rowAt={rowAt}
      onRangeChange={noop}
      sorting={sorting}
      onSortingChange={setSorting}
      sortRows={false}
      whole={whole}
      height={whole ? 'auto' : (rest.height ?? 'calc(100vh - 260px)')}
    />
  );
}

const noop = () => undefined;

/**
 * The same array as last render while it holds the same items: react-table recomputes its row
 * model (and schedules state updates) whenever `data` is a new array, so it must only be new when
 * a row really changed (a refetched row is a new object, so changed values still show).
 */
function useStableArray<T>(next: T[]): T[] {
  const ref = useRef(next);
  const prev = ref.current;
  if (prev !== next && (prev.length !== next.length || prev.some((item, i) => item !== next[i]))) ref.current = next;
  return ref.current;
}

function PagedTable<T>({
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
  wrap = false,
  whole = false,
}: PagedTableProps<T> & { sortRows?: boolean; whole?: boolean }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    enabled: !whole,
  });
  const items = whole ? Array.from({ length: count }, (_, index) => ({ index, start: 0, end: 0 })) : virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) onRangeChange(first, last);
  }, [first, last, count, resetKey, onRangeChange]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const visible = useStableArray(items.map((v) => rowAt(v.index)).filter((r): r is T => r !== undefined));
  const table = useReactTable<T>({
    data: visible,
    // No pagination here; and a reset queued on every new row model would re-render endlessly.
    autoResetPageIndex: false,
    columns,
    getRowId: (row) => getRowId(row),
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
  });
  // Built each render (only the visible rows): a row that changed in place keeps its id, so a map
  // keyed by ids alone would show its old values.
  const rowsById = new Map<string, Row<T>>();
  for (const row of table.getRowModel().rows) rowsById.set(row.id, row);

  const columnCount = table.getVisibleLeafColumns().length;
  // Column sizes are relative weights, so the table always fits its box (fixed layout).
  const sizeSum = table.getVisibleLeafColumns().reduce((sum, c) => sum + (c.columnDef.size ?? 150), 0);
  const paddingTop = whole ? 0 : (items[0]?.start ?? 0);
  const paddingBottom = !whole && count > 0 && items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const cellStyle: CSSProperties = wrap ? { verticalAlign: 'top' } : { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

  const activate = (row: T) => onRowClick?.(row);
  const onKey = (event: KeyboardEvent, row: T) => {
    // Only the focused row itself: Enter or Space on a button inside a row is that button's.
    if (!onRowClick || event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(row);
    }
  };

  return (
    <div
      ref={scrollRef}
      data-virtual-scroll={whole ? undefined : ''}
      style={
        { height, overflow: whole ? 'visible' : 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 } as CSSProperties
      }
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
                ref={wrap && !whole ? virtualizer.measureElement : undefined}
                data-index={v.index}
                className={onRowClick ? 'data-table-row' : undefined}
                style={wrap ? { minHeight: rowHeight } : { height: rowHeight }}
                aria-rowindex={v.index + 2}
                aria-label={rowLabel?.(data)}
                tabIndex={onRowClick ? 0 : undefined}
                onClick={() => activate(data)}
                onKeyDown={(e) => onKey(e, data)}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id} style={cellStyle}>
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
