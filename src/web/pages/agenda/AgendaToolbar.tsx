import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { useI18n } from '../../i18n/index.js';
import type { AgendaView } from './period.js';

const ALL = 'all';

export interface AgendaToolbarProps {
  view: AgendaView;
  onView: (view: AgendaView) => void;
  onStep: (step: -1 | 1) => void;
  onToday: () => void;
  /** The PIP's team, for a manager: « Toute l'équipe » or one member. Empty: no selector. */
  team: { userId: string; displayName: string }[];
  member: string | null;
  onMember: (userId: string | null) => void;
}

/** Week or day, previous / today / next, and the manager's choice of agenda. */
export function AgendaToolbar({ view, onView, onStep, onToday, team, member, onMember }: AgendaToolbarProps) {
  const { t } = useI18n();
  const a = t.agenda.page;
  return (
    <div className="agenda-toolbar">
      <ToggleButtonGroup
        aria-label={a.view}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[view]}
        onSelectionChange={(keys) => onView([...keys][0] === 'day' ? 'day' : 'week')}
        className="agenda-toolbar__views"
      >
        <ToggleButton id="week" className="button button--secondary agenda-toolbar__view">
          {a.week}
        </ToggleButton>
        <ToggleButton id="day" className="button button--secondary agenda-toolbar__view">
          {a.day}
        </ToggleButton>
      </ToggleButtonGroup>
      <div role="group" aria-label={a.navigation} className="agenda-toolbar__nav">
        <Button onPress={() => onStep(-1)}>
          <span aria-hidden="true">‹ </span>
          {a.previous[view]}
        </Button>
        <Button onPress={onToday}>{a.today}</Button>
        <Button onPress={() => onStep(1)}>
          {a.next[view]}
          <span aria-hidden="true"> ›</span>
        </Button>
      </div>
      {team.length > 0 ? (
        <div className="agenda-toolbar__member">
          <SelectField
            label={a.member}
            selectedKey={member ?? ALL}
            onSelectionChange={(key) => onMember(key === ALL || key === null ? null : String(key))}
            options={[{ id: ALL, label: a.wholeTeam }, ...team.map((m) => ({ id: m.userId, label: m.displayName }))]}
          />
        </div>
      ) : null}
    </div>
  );
}
