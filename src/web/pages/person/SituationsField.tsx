import { referenceApi } from '../../api/reference.js';
import { useResource } from '../../api/useResource.js';
import { CheckboxGroupField } from '../../components/fields/CheckboxGroupField.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { groupByTheme, themeNamer } from '../reference/listOrder.js';

/**
 * The person's particular situations, chosen from the département's active list (the server takes
 * no other new value), grouped by theme in disclosures so 90 items stay readable. Values recorded
 * before an item was deactivated stay ticked in a group of their own until someone unticks them.
 */
export function SituationsField({ recorded }: { recorded: readonly string[] }) {
  const { t } = useI18n();
  const p = t.person.profile;
  const situations = useResource('reference:situations', () => referenceApi.list('situations'));
  const themes = useResource('reference:themes', () => referenceApi.list('themes'));

  if (situations.error) return <ErrorAlert error={situations.error} onRetry={situations.reload} />;
  if (!situations.data) return <LoadingState />;
  const active = situations.data.filter((s) => s.active);
  const offered = new Set(active.map((s) => s.label));
  const former = recorded.filter((label) => !offered.has(label));
  const groups = groupByTheme(active, themeNamer(themes.data), false);
  const name = themeNamer(themes.data);

  return (
    <fieldset className="fieldset situations-field">
      <legend className="fieldset__legend">{p.situations}</legend>
      <p className="field__help">{p.situationsHelp}</p>
      {groups.map((group) => {
        const ticked = group.items.filter((i) => recorded.includes(i.label)).length;
        return (
          <details key={group.theme} className="situations-field__theme" open={ticked > 0}>
            <summary>{p.situationsTheme(name(group.theme), ticked)}</summary>
            <CheckboxGroupField
              name="situations"
              label={name(group.theme)}
              options={group.items.map((i) => ({ id: i.label, label: i.label }))}
              defaultValue={recorded.filter((r) => group.items.some((i) => i.label === r))}
            />
          </details>
        );
      })}
      {former.length ? (
        <CheckboxGroupField
          name="situations"
          label={p.situationsFormer}
          description={p.situationsFormerHelp}
          options={former.map((label) => ({ id: label, label }))}
          defaultValue={former}
        />
      ) : null}
    </fieldset>
  );
}
