import { useState } from 'react';
import { aidsApi } from '../../api/aids.js';
import { useCurrentUser } from '../../api/session.js';
import { useResource } from '../../api/useResource.js';
import { can } from '../../app/permissions.js';
import { Button } from '../../components/Button.js';
import { EmptyState, ErrorAlert, LoadingState, Notice } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { AidTable } from './AidTable.js';
import { RequestDialog } from './RequestDialog.js';

/**
 * The « Aides » tab of the person's file: what is still possible for them this year, their
 * requests with their status, and the button that prepares a new one.
 */
export function AidsTab({ personId }: { personId: string }) {
  const { t, formatMoney } = useI18n();
  const a = t.aids;
  const user = useCurrentUser();
  const loaded = useResource(`aids:${personId}`, () => aidsApi.forPerson(personId));
  const [creating, setCreating] = useState(false);
  const data = loaded.data;
  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!data) return <LoadingState />;
  const mayRequest = can(user.role, 'aid:request') && data.options.length > 0;

  return (
    <>
      {mayRequest ? (
        <p>
          <Button variant="primary" onPress={() => setCreating(true)}>
            {a.tab.create}
          </Button>
        </p>
      ) : null}
      {!data.hasBindingContract ? <Notice tone="info">{a.tab.noContract}</Notice> : null}
      {data.options.some((o) => o.remainingCents !== null) ? (
        <section aria-labelledby="aid-remaining">
          <h3 id="aid-remaining">{a.tab.remainingTitle}</h3>
          <ul className="aid-remaining">
            {data.options.map((o) =>
              o.remainingCents === null ? null : <li key={o.aidType}>{a.tab.remaining(a.types[o.aidType], formatMoney(o.remainingCents / 100))}</li>,
            )}
          </ul>
        </section>
      ) : null}
      {data.requests.length === 0 ? (
        <EmptyState title={a.tab.empty}>
          <p>{a.tab.emptyHelp}</p>
        </EmptyState>
      ) : (
        <AidTable items={data.requests} withPerson={false} />
      )}
      {creating ? <RequestDialog personId={personId} person={data} onClose={() => setCreating(false)} onDone={loaded.reload} /> : null}
    </>
  );
}
