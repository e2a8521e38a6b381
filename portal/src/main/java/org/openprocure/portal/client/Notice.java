package org.openprocure.portal.client;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published tender notice. Field names follow OCDS (procurementMethod,
 * mainProcurementCategory, value) so the board reads like the open data.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notice(
        String ocid,
        UUID tenderId,
        String title,
        OrganizationReference buyer,
        String procurementMethod,
        String mainProcurementCategory,
        Value value,
        Instant submissionDeadline,
        Instant publishedAt,
        String status,
        String statusDetails) {

    /** A notice without the stage detail, as older tender-service versions sent it. */
    public Notice(String ocid, UUID tenderId, String title, OrganizationReference buyer, String procurementMethod,
            String mainProcurementCategory, Value value, Instant submissionDeadline, Instant publishedAt,
            String status) {
        this(ocid, tenderId, title, buyer, procurementMethod, mainProcurementCategory, value, submissionDeadline,
                publishedAt, status, null);
    }
}
