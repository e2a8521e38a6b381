package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.OwnBids;

/** A supplier's bids across tenders, each with its receipts; {@code rows} null when bid-service could not say. */
public record MyBidsPage(List<Row> rows) {

    /** One tender's bid; the title is null when tender-service could not give it. */
    public record Row(OwnBids bids, String title) {

        public String name() {
            return title != null ? title : bids.ocid();
        }
    }

    public boolean unavailable() {
        return rows == null;
    }
}
