package org.openprocure.events;

import java.util.List;

/** One topic per producing service; the key of every record is the process ocid. */
public final class Topics {

    public static final String TENDER = "procurement.tender";
    public static final String BID = "procurement.bid";
    public static final String EVALUATION = "procurement.evaluation";
    public static final String CONTRACT = "procurement.contract";

    public static final List<String> ALL = List.of(TENDER, BID, EVALUATION, CONTRACT);

    private Topics() {
    }
}
