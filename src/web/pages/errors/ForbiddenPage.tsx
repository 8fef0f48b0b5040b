import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';

/** 403, shown in place of a page the role may not open (the URL stays, to be reported if needed). */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <section className="error-page">
      <PageHeader title={t.pages.forbidden.title} />
      <p>{t.pages.forbidden.body}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t.pages.home}
        </Link>
      </p>
    </section>
  );
}
