package org.openprocure.contract.redflags;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * R018 Single bid received: tender.numberOfTenderers is 1, in a competitive procurement method
 * ({@code procurement_methods}, default open|selective).
 */
public final class SingleBidReceived implements Indicator {

    private final Set<String> procurementMethods;

    public SingleBidReceived(Settings settings) {
        this.procurementMethods = settings.procurementMethods("R018", "open|selective");
    }

    @Override
    public String code() {
        return "R018";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        boolean competitive = procurementMethods.isEmpty()
                || process.procurementMethod().filter(procurementMethods::contains).isPresent();
        var numberOfTenderers = process.tender().path("numberOfTenderers");
        if (competitive && numberOfTenderers.isIntegralNumber() && numberOfTenderers.asLong() == 1) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("numberOfTenderers", 1);
            process.procurementMethod().ifPresent(method -> evidence.put("procurementMethod", method));
            flags.flag(Group.OCID, ocid, code(), 1.0, "numberOfTenderers = 1"
                    + (procurementMethods.isEmpty() ? "" : " in procurement method " + String.join("|", procurementMethods)),
                    evidence);
        }
    }
}
