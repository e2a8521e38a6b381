package org.openprocure.events.tender;

import java.util.List;

/**
 * The buyer amended a published tender: {@code notice} is the new version in full, {@code changes}
 * what differs from the previous one. When {@code bidsMustBeReconfirmed}, bids received before the
 * amendment count only once their bidders confirm or replace them.
 */
public record TenderAmended(
        String tenderId,
        int noticeVersion,
        String reason,
        List<Change> changes,
        boolean bidsMustBeReconfirmed,
        boolean deadlineExtended,
        TenderPublished notice) {

    /** One changed field, named by its path (e.g. {@code lots[0].value.amount}); before/after null when added/removed. */
    public record Change(String field, String before, String after) {
    }
}
