package org.openprocure.portal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import org.openprocure.portal.client.NoticeSearch;

class NoticeFilterTest {

    @Test
    void deadlineDatesCoverWholeUtcDays() {
        NoticeSearch search = new NoticeFilter(null, null, null, "2026-12-01", "2026-12-31", null, null, null)
                .toSearch(0, 20);

        assertEquals("2026-12-01T00:00:00Z", search.deadlineFrom());
        assertEquals("2026-12-31T23:59:59Z", search.deadlineTo());
    }

    @Test
    void blankFieldsAreNotSearchedFor() {
        NoticeFilter filter = new NoticeFilter(" ", "", null, null, null, null, null, null);

        assertFalse(filter.active());
        assertEquals(NoticeSearch.page(3, 20), filter.toSearch(3, 20));
        assertEquals("/?page=3", filter.link(3));
    }
}
