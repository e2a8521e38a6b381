package org.openprocure.portal.view;

import org.openprocure.portal.client.CommitteeMember;
import org.openprocure.portal.client.Lot;
import org.openprocure.portal.client.OpeningRecord;
import org.openprocure.portal.client.OpeningRecord.OpenedBid;
import org.openprocure.portal.client.ReceiptCheck;
import org.openprocure.portal.client.TenderView;

/**
 * The public opening record of a tender ({@code record} null while the bids are still sealed) and the
 * receipt check: a supplier pastes a receipt, its signature is checked by bid-service and the bid
 * looked up on the record by id, version and envelope hash.
 */
public record OpeningRecordPage(TenderView tender, OpeningRecord record, String receiptText, CheckResult check,
        FormProblem problem) {

    /** What the check found: whether the signature is the platform's, and the bid on the record, if any. */
    public record CheckResult(ReceiptCheck receipt, boolean valid, OpenedBid found, boolean decoy) {

        /** Who the bid found on the record is from. */
        public String bidder() {
            if (found == null) {
                return null;
            }
            return found.bidderName() != null ? found.bidderName() : found.bidderId();
        }
    }

    public boolean opened() {
        return record != null;
    }

    public String lotTitle(String lotId) {
        Lot lot = tender.lot(lotId);
        return lot == null || lot.title() == null ? lotId : lot.title();
    }

    public String memberName(String username) {
        return memberName(tender, username);
    }

    public String error(String field) {
        return problem == null ? null : problem.errorFor(field);
    }

    static String memberName(TenderView tender, String username) {
        if (tender == null || tender.openingCommittee() == null || tender.openingCommittee().members() == null) {
            return username;
        }
        return tender.openingCommittee().members().stream()
                .filter(member -> username.equals(member.username()) && member.name() != null)
                .map(CommitteeMember::name).findFirst().orElse(username);
    }
}
