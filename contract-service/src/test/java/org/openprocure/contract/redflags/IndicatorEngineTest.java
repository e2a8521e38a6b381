package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.contract.redflags.Releases.award;
import static org.openprocure.contract.redflags.Releases.bid;
import static org.openprocure.contract.redflags.Releases.json;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorEngineTest {

    @Test
    void producesCardinalShapeWithOnlyFlaggedEntries() {
        var flagged = json("{'ocid':'ocds-1','tender':{'status':'complete','procurementMethod':'open','numberOfTenderers':1},"
                + "'awards':[" + award("active", "A") + "],'bids':{'details':["
                + bid("valid", "A", 100) + "," + bid("disqualified", "B", 100) + "]}}");
        var clean = json("{'ocid':'ocds-2','tender':{'procurementMethod':'open','numberOfTenderers':3}}");

        var result = IndicatorEngine.run(List.of(flagged, clean), Settings.defaults());

        // R018: one tenderer; R028: A and B both bid 100; R035: B (1 tenderer) disqualified, A won.
        assertEquals(json("{'OCID':{'ocds-1':{'R018':1.0,'R028':1.0,'R035':1.0}},'Buyer':{},'ProcuringEntity':{},"
                + "'Tenderer':{'A':{'R028':1.0},'B':{'R028':1.0}}}"), result);
    }

    @Test
    void skipsCancelledTendersExcludedMethodsAndMissingOcids() {
        var cancelled = json("{'ocid':'ocds-1','tender':{'status':'cancelled','procurementMethod':'open','numberOfTenderers':1}}");
        var excluded = json("{'ocid':'ocds-2','tender':{'procurementMethod':'open','procurementMethodDetails':'Direct award','numberOfTenderers':1}}");
        var noOcid = json("{'tender':{'procurementMethod':'open','numberOfTenderers':1}}");
        var kept = json("{'ocid':'ocds-3','tender':{'procurementMethod':'open','procurementMethodDetails':'Open tender','numberOfTenderers':1}}");

        var result = IndicatorEngine.run(List.of(cancelled, excluded, noOcid, kept),
                Settings.parse("[exclusions]\nprocurement_method_details = Direct award"));

        assertEquals(json("{'OCID':{'ocds-3':{'R018':1.0}},'Buyer':{},'ProcuringEntity':{},'Tenderer':{}}"), result);
    }
}
