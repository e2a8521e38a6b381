package org.openprocure.portal.view.auditor;

/** Where a list page is among all of them; pages count from 0 as in contract-service's API. */
public record Paging(AuditorQuery query, int page, int size, long total) {

    public boolean paged() {
        return total > size;
    }

    public int pageNumber() {
        return page + 1;
    }

    public int pageCount() {
        return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public String previousLink() {
        return query.link(Math.max(0, Math.min(page - 1, pageCount() - 1)));
    }

    public String nextLink() {
        return query.link(page + 1);
    }

    public String firstLink() {
        return query.link(0);
    }

    /** A page past the last one, e.g. an old link. */
    public boolean outOfRange(int shown) {
        return total > 0 && shown == 0;
    }
}
