import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import type { AttentionItem } from '../../../shared/contract';

// The rows of a group of attention items (and of the items put aside): the first few as they are,
// or all of them in a scrolling box that renders only the rows in view, since one group can hold
// thousands (the purge items of a large register).

/** How many items a group shows before "Visa alla". */
export const FIRST = 8;
/** An item row's height before it is measured (two lines and padding). */
const ROW_ESTIMATE = 58;

/** `all`: every item, virtualised; otherwise the first few. */
export function ItemRows({
  items,
  all,
  renderRow,
}: {
  items: AttentionItem[];
  all: boolean;
  renderRow: (item: AttentionItem) => ReactNode;
}) {
  if (!all || items.length <= FIRST) {
    return (
      <Box component="ul" m={0} p={0} style={listStyle}>
        {items.slice(0, FIRST).map((item, index) => (
          <Box component="li" key={item.key} style={index ? rowStyle : undefined}>
            {renderRow(item)}
          </Box>
        ))}
      </Box>
    );
  }
  return <VirtualRows items={items} renderRow={renderRow} />;
}

const listStyle = { listStyle: 'none', border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' };
const rowStyle = { borderTop: '1px solid var(--mantine-color-default-border)' };

function VirtualRows({ items, renderRow }: { items: AttentionItem[]; renderRow: (item: AttentionItem) => ReactNode }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    getItemKey: (index) => items[index]?.key ?? index,
  });
  const rows = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} data-virtual-scroll style={{ ...listStyle, maxHeight: '60vh', overflowY: 'auto' }}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, position: 'relative', height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-posinset={row.index + 1}
              aria-setsize={items.length}
              style={{
                ...(row.index ? rowStyle : {}),
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${row.start}px)`,
              }}
            >
              {renderRow(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
