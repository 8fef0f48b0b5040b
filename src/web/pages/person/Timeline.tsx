import type { BeneficiaryFileData } from '../../api/people.js';
import { useI18n } from '../../i18n/index.js';
import { describeEvent } from './timelineText.js';

/** Newest first, as the server sends it: what happened, when, and who did it. */
export function Timeline({ file }: { file: BeneficiaryFileData }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const tl = t.person.timeline;
  if (file.timeline.length === 0) return <p className="muted">{tl.empty}</p>;
  return (
    <ol className="timeline">
      {file.timeline.map((event) => {
        const text = describeEvent(event, file, t, formatDate);
        return (
          <li key={event.id} className="timeline__item">
            <p className="timeline__title">{text.title}</p>
            {text.details.length ? <p className="timeline__details">{text.details.join(' — ')}</p> : null}
            <p className="timeline__meta">
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              {' · '}
              {event.actorName ? tl.by(event.actorName) : tl.system}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
