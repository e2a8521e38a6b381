package org.openprocure.portal.view;

import org.openprocure.portal.client.OpeningProgress;
import org.openprocure.portal.client.TenderView;

/**
 * A committee member's page for an opening: cards in of those needed, and the form to hand in one's
 * own card once the deadline has passed by bid-service's clock. {@code tender} may be null when
 * tender-service could not give it.
 */
public record OpeningPage(String ocid, TenderView tender, OpeningProgress progress, String card, FormProblem problem,
        String done) {

    public String name() {
        return tender != null && tender.title() != null ? tender.title() : ocid;
    }

    /** A key holder's name as the notice's committee gives it, else the username. */
    public String memberName(String username) {
        return OpeningRecordPage.memberName(tender, username);
    }

    public String error(String field) {
        return problem == null ? null : problem.errorFor(field);
    }
}
