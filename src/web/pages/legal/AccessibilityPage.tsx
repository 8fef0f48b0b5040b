import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';

/** The accessibility statement the law requires every public service to link from its footer. */
export function AccessibilityPage() {
  const { t } = useI18n();
  const a = t.pages.accessibility;
  return (
    <article className="prose">
      <PageHeader title={a.title} intro={a.intro} />
      <h2>{a.status}</h2>
      <p>{a.statusBody}</p>
      <h2>{a.contact}</h2>
      <p>{a.contactBody}</p>
      <h2>{a.remedy}</h2>
      <p>{a.remedyBody}</p>
    </article>
  );
}
