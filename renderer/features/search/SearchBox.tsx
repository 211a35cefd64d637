import { Box, Button, Center, Group, Kbd, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import {
  IconAddressBook,
  IconAlertTriangle,
  IconClipboardList,
  IconDevices,
  IconMessageQuestion,
  IconSearch,
  IconServer,
  IconStack2,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MethodOutput, SearchHit } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import type { FeatureManifest } from '../../app/feature';
import { FEATURES } from '../../app/features';

type Groups = MethodOutput<'search.all'>['groups'];
type Kind = SearchHit['kind'];

const KIND_ICON: Record<Kind, Icon> = {
  customer: IconAddressBook,
  activity: IconClipboardList,
  service: IconStack2,
  subprocessor: IconUsersGroup,
  system: IconServer,
  equipment: IconDevices,
  dsrRequest: IconMessageQuestion,
  breach: IconAlertTriangle,
};

const KIND_ORDER: Kind[] = ['customer', 'activity', 'service', 'subprocessor', 'system', 'equipment', 'dsrRequest', 'breach'];

// Each feature's manifest says where the hits of its kinds open.
const HIT_PATHS: NonNullable<FeatureManifest['searchHits']> = Object.assign({}, ...FEATURES.map((feature) => feature.searchHits));

/** Where a hit opens. */
export function hitPath(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  const path = HIT_PATHS[hit.kind];
  if (!path) throw new Error(`No feature manifest opens search hits of kind ${hit.kind}`);
  return path(hit);
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The header's search button; Ctrl+K (⌘K on a Mac) opens the search from anywhere. */
export function SearchButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // Also from inside text fields: the shortcut is the way to search without the mouse.
  useHotkeys([['mod+K', () => setOpened(true)]], []);
  const shortcut = isMac() ? '⌘ K' : 'Ctrl K';
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconSearch size={14} />}
        rightSection={
          <Kbd size="xs" visibleFrom="sm">
            {shortcut}
          </Kbd>
        }
        onClick={() => setOpened(true)}
        aria-keyshortcuts={isMac() ? 'Meta+K' : 'Control+K'}
        styles={{ label: { fontWeight: 400, color: 'var(--mantine-color-gray-7)', flex: 1 } }}
        miw={230}
        justify="flex-start"
      >
        {t('search.button')}
      </Button>
      {opened && <SearchModal onClose={() => setOpened(false)} />}
    </>
  );
}

function SearchModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [query] = useDebouncedValue(value.trim(), 100);
  const [groups, setGroups] = useState<Groups | null>(null);
  const [searched, setSearched] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let alive = true;
    if (!query) {
      setGroups(null);
      setSearched('');
      return;
    }
    call('search.all', { query, limitPerKind: 8 })
      .then((r) => {
        if (!alive) return;
        setGroups(r.groups);
        setSearched(query);
        setError(null);
        setActive(0);
      })
      .catch((e: unknown) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, [query]);

  const ordered = useMemo(
    () => (groups ?? []).filter((g) => g.hits.length > 0).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
    [groups],
  );
  const flat = useMemo(() => ordered.flatMap((g) => g.hits), [ordered]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function open(hit: SearchHit) {
    onClose();
    void navigate(hitPath(hit));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (flat.length) setActive((i) => (i + 1) % flat.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length) setActive((i) => (i - 1 + flat.length) % flat.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = flat[active];
      if (hit) open(hit);
    }
  }

  const optionId = (index: number) => `search-hit-${index}`;
  const pending = value.trim() !== '' && (value.trim() !== searched || query !== value.trim()) && !error;
  let index = -1;
  return (
    <Modal.Root opened onClose={onClose} size="lg" yOffset="10vh" trapFocus returnFocus>
      <Modal.Overlay />
      <Modal.Content aria-label={t('search.title')}>
        <Box p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <TextInput
            data-autofocus
            size="md"
            variant="unstyled"
            leftSection={<IconSearch size={18} />}
            rightSection={pending ? <Loader size="xs" /> : null}
            placeholder={t('search.placeholder')}
            aria-label={t('search.title')}
            role="combobox"
            aria-expanded={flat.length > 0}
            aria-controls="search-results"
            aria-autocomplete="list"
            aria-activedescendant={flat.length ? optionId(active) : undefined}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
        </Box>
        <ScrollArea.Autosize mah="60vh" viewportRef={listRef}>
          <div id="search-results" role="listbox" aria-label={t('search.results')}>
            {error ? (
              <Text c="red" size="sm" p="md">
                {t(errorKey(error))}
              </Text>
            ) : !value.trim() ? (
              <Text c="dimmed" size="sm" p="md">
                {t('search.hint')}
              </Text>
            ) : groups !== null && flat.length === 0 && !pending ? (
              <Text c="dimmed" size="sm" p="md">
                {t('search.nothing', { query: searched })}
              </Text>
            ) : groups === null ? (
              <Center p="md">
                <Loader size="sm" />
              </Center>
            ) : (
              ordered.map((group) => {
                const KindIcon = KIND_ICON[group.kind];
                const headingId = `search-group-${group.kind}`;
                return (
                  <div key={group.kind} role="group" aria-labelledby={headingId}>
                    <Group justify="space-between" px="md" pt="sm" pb={4}>
                      <Text id={headingId} size="xs" fw={700} c="dimmed" tt="uppercase">
                        {t(`search.kind.${group.kind}`)}
                      </Text>
                      {group.total > group.hits.length && (
                        <Text size="xs" c="dimmed">
                          {t('search.more', { shown: group.hits.length, total: group.total })}
                        </Text>
                      )}
                    </Group>
                    {group.hits.map((hit) => {
                      index += 1;
                      const i = index;
                      const selected = i === active;
                      return (
                        <UnstyledButton
                          key={`${hit.kind}-${hit.id}`}
                          id={optionId(i)}
                          data-index={i}
                          role="option"
                          aria-selected={selected}
                          tabIndex={-1}
                          onMouseMove={() => setActive(i)}
                          onClick={() => open(hit)}
                          px="md"
                          py={6}
                          w="100%"
                          style={{ display: 'block', background: selected ? 'var(--mantine-color-forteckna-0)' : undefined }}
                        >
                          <Group gap="sm" wrap="nowrap">
                            <KindIcon size={18} stroke={1.6} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
                            <Stack gap={0} style={{ minWidth: 0 }}>
                              <Text size="sm" fw={500} truncate>
                                {hit.title}
                              </Text>
                              {hit.detail && (
                                <Text size="xs" c="dimmed" truncate>
                                  {hit.detail}
                                </Text>
                              )}
                            </Stack>
                          </Group>
                        </UnstyledButton>
                      );
                    })}
                  </div>
                );
              })
            )}
          </div>
        </ScrollArea.Autosize>
        <Group gap="md" px="md" py={8} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('search.keysMove')}
          </Text>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Enter</Kbd> {t('search.keysOpen')}
          </Text>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Esc</Kbd> {t('search.keysClose')}
          </Text>
        </Group>
      </Modal.Content>
    </Modal.Root>
  );
}
