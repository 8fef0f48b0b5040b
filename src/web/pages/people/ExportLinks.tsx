import { useId } from 'react';
import { useI18n } from '../../i18n/index.js';

/**
 * Plain links: the browser downloads the file itself (the server sends it as an attachment, with
 * the session cookie), so a large export never passes through the page's memory.
 */
export function ExportLinks({ urlOf }: { urlOf: (format: 'csv' | 'xlsx') => string }) {
  const { t } = useI18n();
  const l = t.list;
  const titleId = useId();
  return (
    <div className="export" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="export__title">
        {l.exportTitle} <span className="muted">({l.exportHelp})</span>
      </p>
      <ul className="export__links">
        <li>
          <a href={urlOf('csv')} download className="button button--secondary button--sm">
            {l.exportCsv}
          </a>
        </li>
        <li>
          <a href={urlOf('xlsx')} download className="button button--secondary button--sm">
            {l.exportXlsx}
          </a>
        </li>
      </ul>
    </div>
  );
}
