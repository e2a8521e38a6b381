package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.HeldShare;

/**
 * A committee member's key cards: each tender where they hold a share, whether the card was collected
 * and handed in, and the way to the opening once the deadline has passed by bid-service's clock.
 */
public record KeyCardsPage(List<Row> rows, FormProblem problem) {

    public record Row(HeldShare share, String title) {

        public String name() {
            return title != null ? title : share.ocid();
        }
    }

    public boolean unavailable() {
        return rows == null;
    }
}
