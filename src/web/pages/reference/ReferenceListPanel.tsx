import { useMemo, useState } from 'react';
import type { Key } from 'react-aria-components';
import { ApiError } from '../../api/client.js';
import { referenceApi, type ReferenceItemData, type ReferenceList } from '../../api/reference.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { useNotify } from '../../components/Notifier.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { AddItemDialog } from './AddItemDialog.js';
import { groupByTheme, moveWithin, themeNamer } from './listOrder.js';
import { ReferenceGroupTable } from './ReferenceGroupTable.js';
import { RenameItemDialog } from './RenameItemDialog.js';

const ALL = '*';

interface ReferenceListPanelProps {
  list: ReferenceList;
  /** The themes list, which names the theme codes (undefined while it loads). */
  themes: ReferenceItemData[] | undefined;
  onThemesChanged: () => void;
}

/** One list: filter by theme, the items of each theme in order, and what the administrator changes. */
export function ReferenceListPanel({ list, themes, onThemesChanged }: ReferenceListPanelProps) {
  const { t } = useI18n();
  const r = t.reference;
  const notify = useNotify();
  const items = useResource(`reference/${list}`, () => referenceApi.list(list));
  const [theme, setTheme] = useState(ALL);
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<ReferenceItemData | null>(null);
  const [toDeactivate, setToDeactivate] = useState<ReferenceItemData | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

  const single = list === 'themes';
  const themeName = useMemo(() => themeNamer(themes), [themes]);
  const groups = useMemo(() => groupByTheme(items.data ?? [], themeName, single), [items.data, themeName, single]);
  const shown = theme === ALL ? groups : groups.filter((g) => g.theme === theme);
  const total = items.data?.length ?? 0;
  const shownCount = shown.reduce((n, g) => n + g.items.length, 0);

  const changed = () => {
    items.reload();
    if (single) onThemesChanged();
  };

  /** Row actions: their failure is shown above the list, which stays as it was. */
  async function act(work: () => Promise<void>) {
    setActionError(null);
    setPending(true);
    try {
      await work();
      changed();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setActionError(error);
    } finally {
      setPending(false);
    }
  }

  const move = (groupItems: ReferenceItemData[], index: number, delta: -1 | 1) =>
    act(async () => {
      for (const change of moveWithin(groupItems, index, delta)) await referenceApi.update(change.id, { position: change.position });
      notify(r.moved(groupItems[index]!.label, index + delta + 1));
    });

  const reactivate = (item: ReferenceItemData) =>
    act(async () => {
      await referenceApi.update(item.id, { active: true });
      notify(r.reactivated(item.label));
    });

  return (
    <>
      <div className="list-toolbar">
        {single ? null : (
          <div className="filters__inline">
            <SelectField
              label={r.themeFilter}
              options={[{ id: ALL, label: r.allThemes }, ...groups.map((g) => ({ id: g.theme, label: themeName(g.theme) }))]}
              selectedKey={theme}
              onSelectionChange={(key: Key | null) => setTheme(key === null ? ALL : String(key))}
              isDisabled={!items.data}
            />
          </div>
        )}
        <Button variant="primary" onPress={() => setAdding(true)} isDisabled={!items.data}>
          {r.addButton[list]}
        </Button>
      </div>
      {items.data ? (
        <p className="list-toolbar__count" role="status">
          {r.count(shownCount, total)}
        </p>
      ) : null}
      {items.error ? <ErrorAlert error={items.error} onRetry={items.reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {items.loading && !items.data ? <LoadingState /> : null}
      {items.data && total === 0 ? (
        <EmptyState title={r.empty}>
          <p>{r.emptyHint}</p>
        </EmptyState>
      ) : null}
      {shown.map((group) => (
        <ReferenceGroupTable
          key={group.theme}
          title={single ? null : themeName(group.theme)}
          code={single || themeName(group.theme) === group.theme ? null : group.theme}
          items={group.items}
          showCode={single}
          pending={pending}
          onRename={setRenaming}
          onToggleActive={(item) => (item.active ? setToDeactivate(item) : void reactivate(item))}
          onMove={(index, delta) => void move(group.items, index, delta)}
        />
      ))}
      {adding && items.data ? (
        <AddItemDialog
          list={list}
          themeCodes={[...new Set([...(themes ?? []).filter((x) => x.active).map((x) => x.theme), ...groups.map((g) => g.theme)])]}
          themeName={themeName}
          initialTheme={theme === ALL ? null : theme}
          onClose={() => setAdding(false)}
          onSaved={changed}
        />
      ) : null}
      {renaming ? <RenameItemDialog item={renaming} onClose={() => setRenaming(null)} onSaved={changed} /> : null}
      <ConfirmDialog
        isOpen={toDeactivate !== null}
        onOpenChange={(open) => !open && setToDeactivate(null)}
        title={toDeactivate ? r.confirmTitle(toDeactivate.label) : ''}
        body={r.confirmBody}
        confirmLabel={r.deactivate}
        onConfirm={async () => {
          if (!toDeactivate) return;
          await referenceApi.update(toDeactivate.id, { active: false });
          notify(r.deactivated(toDeactivate.label));
          changed();
        }}
      />
    </>
  );
}
