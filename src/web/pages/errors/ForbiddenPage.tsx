import { useI18n } from '../../i18n/index.js';
import { MessagePage } from './MessagePage.js';

/** 403, shown in place of a page the role may not open (the URL stays, to be reported if needed). */
export function ForbiddenPage() {
  const { t } = useI18n();
  return <MessagePage title={t.pages.forbidden.title} body={t.pages.forbidden.body} />;
}
