package org.openprocure.tender.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Award criteria weigh to 100 with one price criterion; every lot says what it buys, with a valid CPV code. */
class TenderCriteriaAndItemsTest {

    private static final TenderTerms.Criterion PRICE = new TenderTerms.Criterion("Price", CriterionType.PRICE, 60);
    private static final TenderTerms.Criterion QUALITY =
            new TenderTerms.Criterion("Technical merit", CriterionType.QUALITY, 40);

    @Test
    void bestPriceQualityWithWeightsSummingTo100IsValid() {
        assertEquals(List.of(), TenderRules.checkDraft(rated(List.of(PRICE, QUALITY))));
    }

    @Test
    void weightsMustSumTo100() {
        List<Violation> violations = TenderRules.checkDraft(rated(List.of(PRICE,
                new TenderTerms.Criterion("Technical merit", CriterionType.QUALITY, 30))));
        assertEquals(List.of(new Violation("criteria", "the weights must sum to 100, not 90")), violations);
    }

    @Test
    void exactlyOnePriceCriterionAndAtLeastOneQualityCriterion() {
        assertEquals(List.of(new Violation("criteria", "best price-quality (ratedCriteria) needs exactly one price"
                        + " criterion and at least one quality criterion; found 1 price and 0 quality"),
                        new Violation("criteria", "the weights must sum to 100, not 60")),
                TenderRules.checkDraft(rated(List.of(PRICE))));
        assertEquals(List.of(new Violation("criteria", "best price-quality (ratedCriteria) needs exactly one price"
                        + " criterion and at least one quality criterion; found 2 price and 1 quality")),
                TenderRules.checkDraft(rated(List.of(new TenderTerms.Criterion("Price", CriterionType.PRICE, 30),
                        new TenderTerms.Criterion("Life-cycle cost", CriterionType.PRICE, 30), QUALITY))));
        assertEquals(List.of(new Violation("criteria", "best price-quality (ratedCriteria) needs exactly one price"
                        + " criterion and at least one quality criterion; found 0 price and 0 quality")),
                TenderRules.checkDraft(rated(List.of())));
    }

    @Test
    void weightsLieBetween1And99AndNamesAreUnique() {
        assertEquals(List.of(new Violation("criteria[1].weight", "must be between 1 and 99"),
                        new Violation("criteria[2].name", "'technical merit' is named twice")),
                TenderRules.checkDraft(rated(List.of(PRICE,
                        new TenderTerms.Criterion("Technical merit", CriterionType.QUALITY, 0),
                        new TenderTerms.Criterion("technical merit", CriterionType.QUALITY, 40)))));
    }

    @Test
    void lowestPriceTakesNoWeightedCriteria() {
        TenderTerms base = TenderRulesTest.terms(ProcurementMethod.OPEN, null, 2, 3);
        TenderTerms withCriteria = new TenderTerms(base.title(), base.description(), base.procurementMethod(), null,
                base.mainProcurementCategory(), AwardCriteria.PRICE_ONLY, List.of(PRICE, QUALITY), base.currency(),
                base.lots(), null, base.enquiryDeadline(), base.submissionDeadline(), base.openingDate(),
                base.bidValidityDays(), base.committeeThreshold(), base.committee());
        assertEquals(List.of(new Violation("criteria", "a lowest-price (priceOnly) tender has no weighted criteria;"
                + " choose ratedCriteria to weigh quality")), TenderRules.checkDraft(withCriteria));
    }

    @Test
    void everyLotNeedsItemsWithPositiveQuantitiesAndKnownCpvCodes() {
        List<TenderTerms.LotTerms> lots = List.of(
                new TenderTerms.LotTerms("Carriageway", null, new BigDecimal("1000"), List.of()),
                new TenderTerms.LotTerms("Markings", null, new BigDecimal("1000"), List.of(
                        new TenderTerms.ItemTerms("Paint", BigDecimal.ZERO, "km", "45233221-4"),
                        new TenderTerms.ItemTerms("Asphalt", BigDecimal.ONE, "m2", "45233252-7"),
                        new TenderTerms.ItemTerms("Studs", BigDecimal.ONE, "unit", "4523325-0"),
                        new TenderTerms.ItemTerms("Unknown", BigDecimal.ONE, "unit", "45233299-9"))));
        assertEquals(List.of(
                        new Violation("lots[0].items", "a lot needs at least one item saying what is bought"),
                        new Violation("lots[1].items[0].quantity", "must be greater than 0"),
                        new Violation("lots[1].items[1].classification",
                                "'45233252-7' check digit of 45233252 is 0, not 7"),
                        new Violation("lots[1].items[2].classification",
                                "'4523325-0' must be 8 digits, a dash and a check digit, e.g. 45233252-0"),
                        new Violation("lots[1].items[3].classification",
                                "'45233299-9' is not in the CPV 2008 vocabulary")),
                TenderRules.checkDraft(withLots(lots)));
    }

    @Test
    void aConsultationEndsBeforeEnquiriesClose() {
        TenderTerms t = TenderRulesTest.terms(ProcurementMethod.OPEN, null, 2, 3);
        TenderTerms late = new TenderTerms(t.title(), t.description(), t.procurementMethod(), null,
                t.mainProcurementCategory(), t.awardCriteria(), t.criteria(), t.currency(), t.lots(),
                t.enquiryDeadline(), t.enquiryDeadline(), t.submissionDeadline(), t.openingDate(), t.bidValidityDays(),
                t.committeeThreshold(), t.committee());
        assertEquals(List.of(new Violation("consultationEnd", "must be before the enquiry deadline")),
                TenderRules.checkDraft(late));
    }

    private static TenderTerms rated(List<TenderTerms.Criterion> criteria) {
        TenderTerms t = TenderRulesTest.terms(ProcurementMethod.OPEN, null, 2, 3);
        return new TenderTerms(t.title(), t.description(), t.procurementMethod(), null, t.mainProcurementCategory(),
                AwardCriteria.RATED_CRITERIA, criteria, t.currency(), t.lots(), null, t.enquiryDeadline(),
                t.submissionDeadline(), t.openingDate(), t.bidValidityDays(), t.committeeThreshold(), t.committee());
    }

    private static TenderTerms withLots(List<TenderTerms.LotTerms> lots) {
        TenderTerms t = TenderRulesTest.terms(ProcurementMethod.OPEN, null, 2, 3);
        return new TenderTerms(t.title(), t.description(), t.procurementMethod(), null, t.mainProcurementCategory(),
                t.awardCriteria(), t.criteria(), t.currency(), lots, null, t.enquiryDeadline(), t.submissionDeadline(),
                t.openingDate(), t.bidValidityDays(), t.committeeThreshold(), t.committee());
    }
}
