package org.openprocure.portal.view;

import java.util.List;
import java.util.Locale;

import org.openprocure.portal.client.NoticePage;

/**
 * One page of the public notice board, or the fact that notices could not be fetched.
 * Pages are numbered from 0 as in tender-service's API; {@link #pageNumber()} is for people.
 */
public record NoticeBoard(boolean unavailable, List<NoticeCard> notices, int page, int size, long total) {

    public static NoticeBoard of(NoticePage page, Locale locale) {
        List<NoticeCard> cards = page.items().stream().map(notice -> NoticeCard.of(notice, locale)).toList();
        return new NoticeBoard(false, cards, page.page(), page.size(), page.total());
    }

    public static NoticeBoard unavailable(int page, int size) {
        return new NoticeBoard(true, List.of(), page, size, 0);
    }

    public boolean empty() {
        return !unavailable && total == 0;
    }

    /** A page past the last one, e.g. from an old link after notices closed. */
    public boolean pageOutOfRange() {
        return !unavailable && total > 0 && notices.isEmpty();
    }

    public int pageNumber() {
        return page + 1;
    }

    public int pageCount() {
        if (size <= 0) {
            return 1;
        }
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean paged() {
        return !unavailable && total > size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public int previousPage() {
        return Math.max(0, Math.min(page - 1, pageCount() - 1));
    }

    public int nextPage() {
        return page + 1;
    }
}
