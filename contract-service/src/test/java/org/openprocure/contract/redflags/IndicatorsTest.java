package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.openprocure.contract.redflags.Releases.award;
import static org.openprocure.contract.redflags.Releases.bid;
import static org.openprocure.contract.redflags.Releases.json;
import static org.openprocure.contract.redflags.Releases.process;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    private static RedFlags run(Indicator indicator, JsonNode release) {
        RedFlags flags = new RedFlags();
        var process = new ContractingProcess(release);
        indicator.evaluate(process, process.ocid().orElseThrow(), flags);
        return flags;
    }

    private static JsonNode tenderPeriod(String method, String start, String end) {
        return json("{'ocid':'o','tender':{'procurementMethod':'" + method + "','tenderPeriod':{'startDate':'" + start
                + "','endDate':'" + end + "'}}}");
    }

    // R003

    @Test
    void r003TakesTheThresholdOfItsProcurementMethodDetailsAndSaysWhy() {
        var r003 = new ShortSubmissionPeriod(Settings.parse("""
                [R003]
                threshold = 15

                [R003.procurement_method_details]
                Cotización = 7
                """));
        JsonNode quotation = json("{'ocid':'o','tender':{'procurementMethod':'open','procurementMethodDetails':"
                + "'Cotización','tenderPeriod':{'startDate':'2024-01-01T00:00:00Z','endDate':'2024-01-07T12:00:00Z'}}}");
        RedFlags flags = run(r003, quotation);
        assertEquals(1.0, flags.value(Group.OCID, "o", "R003"));
        RedFlags.Detail detail = flags.detail(Group.OCID, "o", "R003").orElseThrow();
        assertEquals("tender period < 7 whole days (procurementMethodDetails Cotización)", detail.threshold());
        assertEquals(6L, detail.evidence().get("days"));
        assertEquals("Cotización", detail.evidence().get("procurementMethodDetails"));
        // Ten days are enough for a quotation, though below the default of 15.
        assertNull(run(r003, json("{'ocid':'o','tender':{'procurementMethod':'open','procurementMethodDetails':"
                + "'Cotización','tenderPeriod':{'startDate':'2024-01-01T00:00:00Z','endDate':'2024-01-11T00:00:00Z'}}}"))
                .value(Group.OCID, "o", "R003"));
        // Other details keep the default threshold.
        assertEquals("tender period < 15 whole days", run(r003, tenderPeriod("open", "2024-01-01T00:00:00Z",
                "2024-01-11T00:00:00Z")).detail(Group.OCID, "o", "R003").orElseThrow().threshold());
    }

    @Test
    void r003FlagsPeriodBelowThresholdInWholeDays() {
        var r003 = new ShortSubmissionPeriod(Settings.parse("[R003]\nthreshold = 10"));
        // 9 days 23 hours → 9 whole days < 10.
        assertEquals(1.0, run(r003, tenderPeriod("open", "2024-01-01T00:00:00Z", "2024-01-10T23:00:00Z"))
                .value(Group.OCID, "o", "R003"));
        // Exactly 10 days is not below 10.
        assertNull(run(r003, tenderPeriod("open", "2024-01-01T00:00:00Z", "2024-01-11T00:00:00Z"))
                .value(Group.OCID, "o", "R003"));
    }

    @Test
    void r003DefaultsTo15DaysAndHonoursTimeZones() {
        var r003 = new ShortSubmissionPeriod(Settings.defaults());
        // 2024-01-01T00:00+02:00 is 2023-12-31T22:00Z; to 2024-01-15T22:00Z is 15 days: not flagged.
        assertNull(run(r003, tenderPeriod("open", "2024-01-01T00:00:00+02:00", "2024-01-15T22:00:00Z"))
                .value(Group.OCID, "o", "R003"));
        assertEquals(1.0, run(r003, tenderPeriod("open", "2024-01-01T00:00:00+02:00", "2024-01-15T21:59:59Z"))
                .value(Group.OCID, "o", "R003"));
    }

    @Test
    void r003OnlyAssessesConfiguredProcurementMethodsAndNeedsBothDates() {
        var r003 = new ShortSubmissionPeriod(Settings.parse("[R003]\nprocurement_methods = open"));
        assertNull(run(r003, tenderPeriod("direct", "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"))
                .value(Group.OCID, "o", "R003"));
        assertNull(run(r003, json("{'ocid':'o','tender':{'procurementMethod':'open','tenderPeriod':{'startDate':'2024-01-01T00:00:00Z'}}}"))
                .value(Group.OCID, "o", "R003"));
        assertNull(run(r003, tenderPeriod("open", "not a date", "2024-01-02T00:00:00Z")).value(Group.OCID, "o", "R003"));
    }

    // R018

    @Test
    void r018FlagsOneTendererInOpenOrSelectiveProcedures() {
        var r018 = new SingleBidReceived(Settings.defaults());
        assertEquals(1.0, run(r018, json("{'ocid':'o','tender':{'procurementMethod':'selective','numberOfTenderers':1}}"))
                .value(Group.OCID, "o", "R018"));
        assertNull(run(r018, json("{'ocid':'o','tender':{'procurementMethod':'open','numberOfTenderers':2}}"))
                .value(Group.OCID, "o", "R018"));
        assertNull(run(r018, json("{'ocid':'o','tender':{'procurementMethod':'direct','numberOfTenderers':1}}"))
                .value(Group.OCID, "o", "R018"));
        assertNull(run(r018, json("{'ocid':'o','tender':{'procurementMethod':'open'}}")).value(Group.OCID, "o", "R018"));
    }

    // R028

    @Test
    void r028FlagsProcessAndBothTenderersOnIdenticalPrices() {
        var flags = run(new IdenticalBidPrices(Settings.defaults()),
                process("o", "", bid("valid", "A", 100), bid("disqualified", "B", 100), bid("valid", "C", 120)));
        assertEquals(1.0, flags.value(Group.OCID, "o", "R028"));
        assertEquals(1.0, flags.value(Group.Tenderer, "A", "R028"));
        assertEquals(1.0, flags.value(Group.Tenderer, "B", "R028"));
        assertNull(flags.value(Group.Tenderer, "C", "R028"));
    }

    @Test
    void r028IgnoresSameTendererWithdrawnBidsAndPriceFreeMethods() {
        var r028 = new IdenticalBidPrices(Settings.defaults());
        assertNull(run(r028, process("o", "", bid("valid", "A", 100), bid("valid", "A", 100))).value(Group.OCID, "o", "R028"));
        assertNull(run(r028, process("o", "", bid("valid", "A", 100), bid("withdrawn", "B", 100))).value(Group.OCID, "o", "R028"));
        var lottery = json("{'ocid':'o','tender':{'procurementMethodDetails':'Lottery'},'bids':{'details':["
                + bid("valid", "A", 100) + "," + bid("valid", "B", 100) + "]}}");
        assertNull(run(new IdenticalBidPrices(Settings.parse("no_price_comparison_procurement_methods = Lottery")), lottery)
                .value(Group.OCID, "o", "R028"));
        assertEquals(1.0, run(r028, lottery).value(Group.OCID, "o", "R028"));
    }

    // R030

    private static JsonNode lateBid(String awardStatus, String bidStatus, String bidDate) {
        return json("{'ocid':'o','tender':{'tenderPeriod':{'endDate':'2024-01-10T00:00:00Z'}},'awards':["
                + award(awardStatus, "A") + "],'bids':{'details':[{'status':'" + bidStatus + "','date':'" + bidDate
                + "','tenderers':[{'id':'A'}]}]}}");
    }

    @Test
    void r030FlagsValidLateBidByWinner() {
        assertEquals(1.0, run(new LateBidWon(), lateBid("active", "valid", "2024-01-10T00:00:01Z")).value(Group.OCID, "o", "R030"));
        assertNull(run(new LateBidWon(), lateBid("active", "valid", "2024-01-10T00:00:00Z")).value(Group.OCID, "o", "R030"));
        assertNull(run(new LateBidWon(), lateBid("cancelled", "valid", "2024-01-11T00:00:00Z")).value(Group.OCID, "o", "R030"));
        assertNull(run(new LateBidWon(), lateBid("active", "disqualified", "2024-01-11T00:00:00Z")).value(Group.OCID, "o", "R030"));
    }

    // R035

    @Test
    void r035CountsOtherTenderersDisqualified() {
        var flags = run(new AllExceptWinningBidDisqualified(Settings.defaults()), process("o", award("active", "A"),
                bid("valid", "A", 100), bid("disqualified", "B", 90), bid("disqualified", "C", 80), bid("disqualified", "A", 70)));
        // B and C; A's own disqualified bid does not count.
        assertEquals(2.0, flags.value(Group.OCID, "o", "R035"));
    }

    @Test
    void r035RespectsThresholdPendingAwardsAndOtherValidBids() {
        var r035 = new AllExceptWinningBidDisqualified(Settings.parse("[R035]\nthreshold = 2"));
        assertNull(run(r035, process("o", award("active", "A"), bid("valid", "A", 1), bid("disqualified", "B", 1)))
                .value(Group.OCID, "o", "R035"));
        var defaults = new AllExceptWinningBidDisqualified(Settings.defaults());
        assertNull(run(defaults, process("o", award("active", "A") + "," + award("pending", "C"),
                bid("valid", "A", 1), bid("disqualified", "B", 1))).value(Group.OCID, "o", "R035"));
        assertNull(run(defaults, process("o", award("active", "A"),
                bid("valid", "A", 1), bid("valid", "C", 1), bid("disqualified", "B", 1))).value(Group.OCID, "o", "R035"));
        // The only valid tenderer did not win.
        assertNull(run(defaults, process("o", award("active", "C"), bid("valid", "A", 1), bid("disqualified", "B", 1)))
                .value(Group.OCID, "o", "R035"));
    }

    // R036

    @Test
    void r036FlagsDisqualifiedLowestBid() {
        var r036 = new LowestBidDisqualified(Settings.defaults());
        assertEquals(1.0, run(r036, process("o", award("active", "B"), bid("disqualified", "A", 90), bid("valid", "B", 100)))
                .value(Group.OCID, "o", "R036"));
        assertNull(run(r036, process("o", award("active", "A"), bid("valid", "A", 90), bid("disqualified", "B", 100)))
                .value(Group.OCID, "o", "R036"));
        // No active award yet.
        assertNull(run(r036, process("o", award("pending", "B"), bid("disqualified", "A", 90), bid("valid", "B", 100)))
                .value(Group.OCID, "o", "R036"));
    }

    @Test
    void r036ComparesOnlyBidsInTheRunCurrency() {
        var r036 = new LowestBidDisqualified(Settings.parse("currency = EUR"));
        var release = json("{'ocid':'o','awards':[" + award("active", "B") + "],'bids':{'details':["
                + "{'status':'disqualified','tenderers':[{'id':'A'}],'value':{'amount':50,'currency':'USD'}},"
                + "{'status':'valid','tenderers':[{'id':'B'}],'value':{'amount':100,'currency':'EUR'}}]}}");
        assertNull(run(r036, release).value(Group.OCID, "o", "R036"));
    }
}
