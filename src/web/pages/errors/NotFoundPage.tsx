import { useI18n } from '../../i18n/index.js';
import { MessagePage } from './MessagePage.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return <MessagePage title={t.pages.notFound.title} body={t.pages.notFound.body} />;
}
