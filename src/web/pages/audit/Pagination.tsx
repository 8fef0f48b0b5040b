import { Pagination as ListPagination } from '../../components/Pagination.js';
import { useI18n } from '../../i18n/index.js';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination(props: PaginationProps) {
  const { t } = useI18n();
  return <ListPagination {...props} label={t.audit.pagination} previous={t.audit.previous} next={t.audit.next} status={t.audit.pageStatus} />;
}
