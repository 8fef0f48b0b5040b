import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';

/** A page that only says something (refused, not found) and offers the way home. */
export function MessagePage({ title, body }: { title: string; body: string }) {
  const { t } = useI18n();
  return (
    <section className="error-page">
      <PageHeader title={title} />
      <p>{body}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t.pages.home}
        </Link>
      </p>
    </section>
  );
}
