import type { ReportSummaryData } from '../../api/compliance.js';
import type { Messages } from '../../i18n/index.js';

/** Where a report stands, in one phrase: the département's step once sent, the PIP's before. */
export const stepLabel = (t: Messages, r: Pick<ReportSummaryData, 'status' | 'reviewStatus'>): string =>
  r.reviewStatus ? t.compliance.reviewStatuses[r.reviewStatus] : t.compliance.statuses[r.status];
