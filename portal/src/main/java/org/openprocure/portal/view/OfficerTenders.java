package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.TenderView;

/** The officer's own organisation's tenders, newest first, or the fact that they could not be fetched. */
public record OfficerTenders(boolean unavailable, List<TenderView> tenders) {

    public static OfficerTenders of(List<TenderView> tenders) {
        return new OfficerTenders(false, tenders == null ? List.of() : List.copyOf(tenders));
    }

    public static OfficerTenders unreachable() {
        return new OfficerTenders(true, List.of());
    }

    public boolean empty() {
        return !unavailable && tenders.isEmpty();
    }
}
