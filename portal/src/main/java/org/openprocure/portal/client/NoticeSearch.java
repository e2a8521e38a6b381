package org.openprocure.portal.client;

/**
 * A search of the public notices, as GET /api/notices takes it. Null fields are not sent, so the
 * service's defaults apply; dates are ISO-8601 instants and values plain decimals.
 */
public record NoticeSearch(
        String q,
        String cpv,
        String status,
        String deadlineFrom,
        String deadlineTo,
        String valueMin,
        String valueMax,
        String sort,
        int page,
        int size) {

    /** One page of every public notice in the service's default order. */
    public static NoticeSearch page(int page, int size) {
        return new NoticeSearch(null, null, null, null, null, null, null, null, page, size);
    }

    /**
     * Runs this search. It lives here rather than as a default method of the client because CDI's
     * client proxy would run a default method itself, past a test's mock.
     */
    public NoticePage from(TenderServiceClient tenderService) {
        return tenderService.notices(q, cpv, status, deadlineFrom, deadlineTo, valueMin, valueMax, sort, page, size);
    }
}
