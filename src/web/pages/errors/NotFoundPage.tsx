import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="error-page">
      <PageHeader title={t.pages.notFound.title} />
      <p>{t.pages.notFound.body}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t.pages.home}
        </Link>
      </p>
    </section>
  );
}
