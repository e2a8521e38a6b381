package org.openprocure.tender.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openprocure.support.money.Currencies;

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
        if (!Currencies.isIso4217(terms.currency())) {
            violations.add(new Violation("currency", "'" + terms.currency() + "' is not an ISO 4217 currency code"));
        }
        for (int i = 0; i < terms.lots().size(); i++) {
            TenderTerms.LotTerms lot = terms.lots().get(i);
            if (lot.estimatedValue().signum() <= 0) {
                violations.add(new Violation("lots[" + i + "].estimatedValue", "must be greater than 0"));
            }
            if (lot.items().isEmpty()) {
                violations.add(new Violation("lots[" + i + "].items", "a lot needs at least one item saying what is bought"));
            }
            for (int j = 0; j < lot.items().size(); j++) {
                checkItem(lot.items().get(j), "lots[" + i + "].items[" + j + "]", violations);
            }
        }
        checkCriteria(terms, violations);
        if (terms.consultationEnd() != null && !terms.consultationEnd().isBefore(terms.enquiryDeadline())) {
            violations.add(new Violation("consultationEnd", "must be before the enquiry deadline"));
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

    private static void checkItem(TenderTerms.ItemTerms item, String path, List<Violation> violations) {
        if (item.quantity().signum() <= 0) {
            violations.add(new Violation(path + ".quantity", "must be greater than 0"));
        }
        String problem = CpvCatalogue.load().problem(item.classification());
        if (problem != null) {
            violations.add(new Violation(path + ".classification", "'" + item.classification() + "' " + problem));
        }
    }

    /**
     * Lowest price needs no criteria; best price-quality needs exactly one price criterion and at
     * least one quality criterion, named once each, with weights that sum to 100.
     */
    private static void checkCriteria(TenderTerms terms, List<Violation> violations) {
        List<TenderTerms.Criterion> criteria = terms.criteria();
        if (terms.awardCriteria() == AwardCriteria.PRICE_ONLY) {
            if (!criteria.isEmpty()) {
                violations.add(new Violation("criteria", "a lowest-price (priceOnly) tender has no weighted criteria;"
                        + " choose ratedCriteria to weigh quality"));
            }
            return;
        }
        long prices = criteria.stream().filter(c -> c.type() == CriterionType.PRICE).count();
        long qualities = criteria.size() - prices;
        if (prices != 1 || qualities < 1) {
            violations.add(new Violation("criteria", "best price-quality (ratedCriteria) needs exactly one price"
                    + " criterion and at least one quality criterion; found " + prices + " price and " + qualities
                    + " quality"));
        }
        Set<String> names = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < criteria.size(); i++) {
            TenderTerms.Criterion criterion = criteria.get(i);
            if (criterion.weight() < 1 || criterion.weight() > 99) {
                violations.add(new Violation("criteria[" + i + "].weight", "must be between 1 and 99"));
            }
            if (!names.add(criterion.name().strip().toLowerCase(Locale.ROOT))) {
                violations.add(new Violation("criteria[" + i + "].name", "'" + criterion.name() + "' is named twice"));
            }
            sum += criterion.weight();
        }
        if (!criteria.isEmpty() && sum != 100) {
            violations.add(new Violation("criteria", "the weights must sum to 100, not " + sum));
        }
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
}
