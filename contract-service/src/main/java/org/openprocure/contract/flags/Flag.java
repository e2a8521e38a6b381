package org.openprocure.contract.flags;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One red flag as an auditor reads it.
 *
 * @param ocid        the process, or null for a flag on a buyer or a tenderer across processes
 * @param lotId       the lot, for the per-lot screens and the award and contract screens
 * @param subjectType {@code process}, {@code lot}, {@code contract}, {@code buyer}, {@code procuringEntity},
 *                    {@code tenderer}
 * @param evidence    the numbers used and {@code events}: the type and id of each event they came from
 * @param threshold   what fired, with its value
 * @param source      {@code cardinal} (the indicators) or {@code screen} (the collusion and market screens)
 * @param date        when the flagged thing happened (the notice's publication, the latest amendment), for a
 *                    report's period; null for flags across processes
 */
public record Flag(String code, String name, String ocid, String title, String lotId, String buyerId,
        String buyerName, String subjectType, String subjectId, String subjectName, double value,
        String explanation, ObjectNode evidence, String threshold, String source, Instant date) {

    public static final String CARDINAL = "cardinal";
    public static final String SCREEN = "screen";
}
