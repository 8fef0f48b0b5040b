import { Button } from './Button.js';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** Names the navigation landmark: a page may hold several paginated lists. */
  label: string;
  previous: string;
  next: string;
  status: (page: number, pages: number, total: number) => string;
}

/** Previous / next with the position announced (role=status) when the page changes. */
export function Pagination({ page, pageSize, total, onPage, label, previous, next, status }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={label}>
      <Button size="sm" onPress={() => onPage(page - 1)} isDisabled={page <= 1}>
        <span aria-hidden="true">← </span>
        {previous}
      </Button>
      <p className="pagination__status" role="status">
        {status(page, pages, total)}
      </p>
      <Button size="sm" onPress={() => onPage(page + 1)} isDisabled={page >= pages}>
        {next}
        <span aria-hidden="true"> →</span>
      </Button>
    </nav>
  );
}
