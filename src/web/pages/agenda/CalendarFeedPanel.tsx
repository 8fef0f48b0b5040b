import { useState } from 'react';
import { agendaApi } from '../../api/agenda.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { TextField } from '../../components/fields/TextField.js';
import { useNotify } from '../../components/Notifier.js';
import { ErrorAlert } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';

/**
 * The private iCalendar feed: create it, replace it or revoke it. The server keeps only the
 * token's hash, so the address is shown once, right after it is made.
 */
export function CalendarFeedPanel({ active, onChange }: { active: boolean; onChange: () => void }) {
  const { t } = useI18n();
  const f = t.agenda.feed;
  const notify = useNotify();
  const [url, setUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState<'renew' | 'revoke' | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function open() {
    const { path } = await agendaApi.openFeed();
    setUrl(new URL(path, window.location.origin).href);
    notify(f.created);
    onChange();
  }
  async function createFirst() {
    setPending(true);
    setError(null);
    try {
      await open();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err);
    } finally {
      setPending(false);
    }
  }
  async function revoke() {
    await agendaApi.revokeFeed();
    setUrl(null);
    notify(f.revoked);
    onChange();
  }

  return (
    <section className="panel agenda-feed" aria-labelledby="agenda-feed-title">
      <h2 id="agenda-feed-title" className="panel__title">
        {f.title}
      </h2>
      <p>{f.intro}</p>
      <p>{active ? f.active : f.inactive}</p>
      {error ? <ErrorAlert error={error} /> : null}
      {url ? <TextField label={f.url} description={f.urlHelp} value={url} isReadOnly /> : null}
      <div className="panel__actions">
        {active ? (
          <>
            <Button onPress={() => setAsking('renew')}>{f.renew}</Button>
            <Button variant="danger" onPress={() => setAsking('revoke')}>
              {f.revoke}
            </Button>
          </>
        ) : (
          <Button variant="primary" isPending={pending} onPress={() => void createFirst()}>
            {f.create}
          </Button>
        )}
      </div>
      <ConfirmDialog
        isOpen={asking !== null}
        onOpenChange={(open) => !open && setAsking(null)}
        title={asking === 'revoke' ? f.revokeTitle : f.renewTitle}
        body={asking === 'revoke' ? f.revokeBody : f.renewBody}
        confirmLabel={asking === 'revoke' ? f.revoke : f.renew}
        onConfirm={asking === 'revoke' ? revoke : open}
      />
    </section>
  );
}
