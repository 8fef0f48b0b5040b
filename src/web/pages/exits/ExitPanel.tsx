import { useState } from 'react';
import { exitsApi } from '../../api/exits.js';
import { useResource } from '../../api/useResource.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { Group, type Entry } from '../person/PersonSummary.js';
import { EvaluationDialog } from './EvaluationDialog.js';
import { SituationDialog } from './SituationDialog.js';

/**
 * The exit block of an ended accompaniment: the situation at exit against its 4 weeks, the final
 * evaluation, and — for the person's PIP until the evaluation closes the pathway — the forms.
 */
export function ExitPanel({ personId, onChanged }: { personId: string; onChanged: () => void }) {
  const { t, formatDate } = useI18n();
  const e = t.exits;
  const loaded = useResource(`exit:${personId}`, () => exitsApi.get(personId));
  const [open, setOpen] = useState<'situation' | 'evaluation' | null>(null);

  if (loaded.error && !loaded.data) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <LoadingState />;
  const exit = loaded.data.exit;
  if (!exit) return null;
  const done = () => {
    setOpen(null);
    loaded.reload();
    onChanged();
  };
  const by = (name: string | null) => (name ? ` ${e.by(name)}` : '');
  const situation: Entry[] = exit.situation
    ? [
        [e.dialog.situation, e.situations[exit.situation]],
        ...(exit.employmentContract ? [[e.dialog.contract, e.contracts[exit.employmentContract]] as Entry] : []),
        ...(exit.employmentMonths ? [[e.dialog.months, e.months(exit.employmentMonths)] as Entry] : []),
        [e.dialog.situationOn, `${formatDate(exit.situationOn!)}${by(exit.recordedByName)}`],
      ]
    : [[e.dialog.situation, <strong key="state">{e.states[exit.state](formatDate(exit.dueOn))}</strong>]];

  return (
    <section className="exit-panel" aria-labelledby="exit-title">
      <h2 id="exit-title">{e.title}</h2>
      <p>{e.endedOn(formatDate(exit.endedOn))}{exit.exitReason ? ` — ${exit.exitReason}` : ''}</p>
      {exit.closed ? <p><strong>{e.closed(formatDate(exit.evaluatedOn!))}</strong></p> : null}
      <div className="summary__grid">
        <Group title={e.situationTitle} entries={situation} />
        <Group
          title={e.evaluationTitle}
          entries={[[e.evaluationText, exit.finalEvaluation ? <span className="pre-line">{exit.finalEvaluation}</span> : <span className="muted">{e.noEvaluation}</span>],
            ...(exit.evaluatedOn ? [[e.dialog.evaluatedOn, `${formatDate(exit.evaluatedOn)}${by(exit.evaluatedByName)}`] as Entry] : [])]}
        />
      </div>
      {exit.mayRecord ? (
        <div className="person-actions__buttons">
          <Button variant={exit.situation ? 'secondary' : 'primary'} onPress={() => setOpen('situation')}>
            {exit.situation ? e.correct : e.record}
          </Button>
          {exit.situation ? (
            <Button variant="primary" onPress={() => setOpen('evaluation')}>
              {e.evaluate}
            </Button>
          ) : null}
        </div>
      ) : null}
      {open === 'situation' ? <SituationDialog personId={personId} exit={exit} onClose={() => setOpen(null)} onDone={done} /> : null}
      {open === 'evaluation' ? <EvaluationDialog personId={personId} onClose={() => setOpen(null)} onDone={done} /> : null}
    </section>
  );
}
