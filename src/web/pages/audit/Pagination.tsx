import { Button } from '../../components/Button.js';
import { useI18n } from '../../i18n/index.js';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t.audit.pagination}>
      <Button size="sm" onPress={() => onPage(page - 1)} isDisabled={page <= 1}>
        <span aria-hidden="true">← </span>
        {t.audit.previous}
      </Button>
      <p className="pagination__status" role="status">
        {t.audit.pageStatus(page, pages, total)}
      </p>
      <Button size="sm" onPress={() => onPage(page + 1)} isDisabled={page >= pages}>
        {t.audit.next}
        <span aria-hidden="true"> →</span>
      </Button>
    </nav>
  );
}
