package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * R030 Late bid won: a valid bid dated after tender.tenderPeriod.endDate was submitted by a
 * supplier of an active award. Dates are compared as OCDS date-time strings, as Cardinal does.
 */
public final class LateBidWon implements Indicator {

    @Override
    public String code() {
        return "R030";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        String endDate = process.tender().path("tenderPeriod").path("endDate").asText(null);
        if (endDate == null || !process.release().path("awards").isArray()) {
            return;
        }
        Set<String> winners = process.activeSupplierIds();
        for (JsonNode bid : process.bids()) {
            String date = bid.path("date").isTextual() ? bid.path("date").asText() : null;
            if (ContractingProcess.hasStatus(bid, "valid") && date != null && date.compareTo(endDate) > 0
                    && ContractingProcess.tendererIds(bid).stream().anyMatch(winners::contains)) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("bid", bid.path("id").asText(""));
                evidence.put("bidDate", date);
                evidence.put("tenderPeriodEndDate", endDate);
                evidence.put("tenderers", String.join("|", ContractingProcess.tendererIds(bid)));
                flags.flag(Group.OCID, ocid, code(), 1.0, "valid bid of a winner dated after tenderPeriod.endDate",
                        evidence);
                return;
            }
        }
    }
}
