package org.openprocure.portal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoticeBoardTest {

    private static NoticeBoard board(int page, long total) {
        return new NoticeBoard(false, List.of(), page, 20, total);
    }

    @Test
    void onePageNeedsNoPaging() {
        NoticeBoard board = board(0, 20);

        assertFalse(board.paged());
        assertEquals(1, board.pageCount());
    }

    @Test
    void pagesAreCountedForPeopleFromOne() {
        NoticeBoard middle = board(1, 45);

        assertTrue(middle.paged());
        assertEquals(2, middle.pageNumber());
        assertEquals(3, middle.pageCount());
        assertTrue(middle.hasPrevious());
        assertTrue(middle.hasNext());
        assertEquals(0, middle.previousPage());
        assertEquals(2, middle.nextPage());
    }

    @Test
    void theLastPageHasNoNext() {
        NoticeBoard last = board(2, 45);

        assertFalse(last.hasNext());
        assertTrue(last.hasPrevious());
    }

    @Test
    void aPagePastTheEndPointsBackToTheLastPage() {
        NoticeBoard beyond = board(9, 45);

        assertTrue(beyond.pageOutOfRange());
        assertEquals(2, beyond.previousPage());
        assertFalse(beyond.hasNext());
    }

    @Test
    void anUnavailableBoardIsNeitherEmptyNorPaged() {
        NoticeBoard unavailable = NoticeBoard.unavailable(0, 20);

        assertFalse(unavailable.empty());
        assertFalse(unavailable.paged());
        assertFalse(unavailable.pageOutOfRange());
    }
}
