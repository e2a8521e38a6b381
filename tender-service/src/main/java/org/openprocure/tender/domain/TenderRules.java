package org.openprocure.tender.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules a tender's terms must satisfy to be drafted, and again, against the clock, to be published. */
public final class TenderRules {

    public static final int MIN_COMMITTEE_THRESHOLD = 2;
    public static final int MAX_BID_VALIDITY_DAYS = 365;

    private TenderRules() {
    }

    /** Rules that hold whatever the time: justification, lots, currency, schedule order, committee. */
    public static List<Violation> checkDraft(TenderTerms terms) {
        List<Violation> violations = new ArrayList<>();
        if (terms.procurementMethod().needsJustification()
                && (terms.procurementMethodRationale() == null || terms.procurementMethodRationale().isBlank())) {
            violations.add(new Violation("procurementMethodRationale",
                    "a " + terms.procurementMethod().code() + " procedure needs a written justification"));
        }
        if (!isIsoCurrency(terms.currency())) {
            violations.add(new Violation("currency", "'" + terms.currency() + "' is not an ISO 4217 currency code"));
        }
        for (int i = 0; i < terms.lots().size(); i++) {
            if (terms.lots().get(i).estimatedValue().signum() <= 0) {
                violations.add(new Violation("lots[" + i + "].estimatedValue", "must be greater than 0"));
            }
        }
        if (!terms.enquiryDeadline().isBefore(terms.submissionDeadline())) {
            violations.add(new Violation("enquiryDeadline", "must be before the submission deadline"));
        }
        if (terms.openingDate().isBefore(terms.submissionDeadline())) {
            violations.add(new Violation("openingDate", "must not be before the submission deadline"));
        }
        if (terms.bidValidityDays() < 1 || terms.bidValidityDays() > MAX_BID_VALIDITY_DAYS) {
            violations.add(new Violation("bidValidityDays", "must be between 1 and " + MAX_BID_VALIDITY_DAYS));
        }
        checkCommittee(terms, violations);
        return violations;
    }

    /** The draft rules, and a schedule that still lies ahead at {@code now}. */
    public static List<Violation> checkPublication(TenderTerms terms, Instant now) {
        List<Violation> violations = new ArrayList<>(checkDraft(terms));
        if (!terms.enquiryDeadline().isAfter(now)) {
            violations.add(new Violation("enquiryDeadline", "has already passed (server time " + now + ")"));
        }
        if (!terms.submissionDeadline().isAfter(now)) {
            violations.add(new Violation("submissionDeadline", "has already passed (server time " + now + ")"));
        }
        return violations;
    }

    private static void checkCommittee(TenderTerms terms, List<Violation> violations) {
        int n = terms.committee().size();
        int k = terms.committeeThreshold();
        if (n < MIN_COMMITTEE_THRESHOLD) {
            violations.add(new Violation("openingCommittee.members",
                    "needs at least " + MIN_COMMITTEE_THRESHOLD + " members, so that nobody opens bids alone"));
        }
        if (k < MIN_COMMITTEE_THRESHOLD || k > n) {
            violations.add(new Violation("openingCommittee.threshold",
                    "must be between " + MIN_COMMITTEE_THRESHOLD + " and the number of members (" + n + ")"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!seen.add(terms.committee().get(i).username().toLowerCase(Locale.ROOT))) {
                violations.add(new Violation("openingCommittee.members[" + i + "].username",
                        "'" + terms.committee().get(i).username() + "' is named twice"));
            }
        }
    }

    private static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
