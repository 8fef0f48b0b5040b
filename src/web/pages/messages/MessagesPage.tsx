import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { messagesApi, type MessageViewData } from '../../api/messages.js';
import { useResource } from '../../api/useResource.js';
import { filePath } from '../../app/navigation.js';
import { SelectField } from '../../components/fields/SelectField.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Pagination } from '../../components/Pagination.js';
import { EmptyState, ErrorAlert, LoadingState } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';
import { MESSAGE_STATUSES, type MessageStatus } from '../../../shared/messages.js';
import { ContactDetails, useWhen } from '../contacts/ContactList.js';

/** The status in words; the colour only repeats it (RGAA 3.1). */
export const MESSAGE_TONE: Record<MessageStatus, string> = {
  queued: 'badge--info',
  sending: 'badge--info',
  sent: 'badge--success',
  kept_in_outbox: 'badge--warning',
  failed: 'badge--danger',
  unknown: 'badge--danger',
  cancelled: 'badge--muted',
};

const ALL = 'all';
const PAGE_SIZE = 50;

/**
 * « Messages »: the outbox of the PIP (a référent: of their own people), newest first, by pages,
 * filtered by status (what was kept here or interrupted is what staff come to find). Each message
 * says whom it reminded of which appointment, through which channel, where it stands, and its text
 * as sent, so staff can pass it on or check with the person.
 */
export function MessagesPage() {
  const { t } = useI18n();
  const o = t.outbox;
  const [query, setQuery] = useState<{ status?: MessageStatus; page: number }>({ page: 1 });
  const loaded = useResource(`messages:${JSON.stringify(query)}`, () => messagesApi.list({ ...query, pageSize: PAGE_SIZE }));
  const page = loaded.data;

  return (
    <>
      <PageHeader title={o.title} intro={o.intro} />
      <SelectField
        label={o.status}
        options={[{ id: ALL, label: o.allStatuses }, ...MESSAGE_STATUSES.map((s) => ({ id: s, label: o.statuses[s] }))]}
        selectedKey={query.status ?? ALL}
        onSelectionChange={(key) => setQuery({ page: 1, status: key === ALL ? undefined : (key as MessageStatus) })}
      />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {!page ? (
        loaded.error ? null : <LoadingState />
      ) : page.items.length === 0 ? (
        <EmptyState title={query.status ? o.noneWithStatus : o.empty}>
          <p>{query.status ? null : o.emptyHelp}</p>
        </EmptyState>
      ) : (
        <div aria-busy={loaded.loading} className="stack">
          <ul className="contact-list" aria-label={o.tableLabel}>
            {page.items.map((message) => (
              <MessageItem key={message.id} message={message} />
            ))}
          </ul>
          <Pagination
            page={page.page}
            pageSize={page.pageSize}
            total={page.total}
            onPage={(n) => setQuery((q) => ({ ...q, page: n }))}
            label={o.pagination}
            previous={o.previous}
            next={o.next}
            status={o.pageStatus}
          />
        </div>
      )}
    </>
  );
}

function MessageItem({ message: m }: { message: MessageViewData }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const o = t.outbox;
  const when = useWhen();
  const details: [string, ReactNode][] = [
    [o.recipient, m.recipient],
    [o.sendAt, formatDateTime(m.sendAt)],
  ];
  if (m.sentAt) details.push([o.sentAt, formatDateTime(m.sentAt)]);
  if (m.attempts > 1) details.push([o.attempts, formatNumber(m.attempts)]);
  if (m.lastError) details.push([o.error, m.lastError]);
  return (
    <li className="summary__group contact">
      <h2 className="contact__title">
        <Link to={filePath(m.beneficiaryId)}>{m.personName}</Link>
      </h2>
      <p className="contact__subject">
        <span className="badge badge--muted">{o.channels[m.channel]}</span> <span className={`badge ${MESSAGE_TONE[m.status]}`}>{o.statuses[m.status]}</span>{' '}
        {m.appointmentAt ? o.appointment(when.instant(m.appointmentAt)) : null}
      </p>
      <ContactDetails details={details} />
      <details className="message__text">
        <summary>{o.text}</summary>
        {m.subject ? <p className="contact-recap">{m.subject}</p> : null}
        <p className="pre-line">{m.body}</p>
      </details>
    </li>
  );
}
