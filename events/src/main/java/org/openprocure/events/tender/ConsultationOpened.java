package org.openprocure.events.tender;

import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;

/**
 * A draft tender was put out for public comment until the end of {@code consultationPeriod}. The
 * consulted text is version 0 of the tender's history ({@code GET /api/notices/{ocid}/versions/0}).
 */
public record ConsultationOpened(
        String tenderId,
        String title,
        Organization buyer,
        String procurementMethod,
        String mainProcurementCategory,
        Money value,
        Period consultationPeriod) {
}
