package org.openprocure.portal.view;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.openprocure.portal.client.OcdsRecordPackage;
import org.openprocure.portal.client.OcdsRecordPackage.Release;

/**
 * The public "Timeline" part of a tender's page: every OCDS release of the process, oldest first, each with
 * what it published in plain words (its tags), and the link to the record as open data. {@code entries} is
 * empty and {@code unavailable} set when contract-service could not give the record.
 */
public record TimelineSection(String ocid, List<Release> entries, Instant lastUpdated, boolean unavailable) {

    public TimelineSection {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The releases in date order; a release without a date goes last, releases of one date keep their order. */
    public static TimelineSection of(String ocid, OcdsRecordPackage recordPackage) {
        OcdsRecordPackage.OcdsRecord record = recordPackage == null ? null : recordPackage.record();
        if (record == null) {
            return null;
        }
        List<Release> releases = record.releases().stream()
                .sorted(Comparator.comparing(Release::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Instant last = record.compiledRelease() != null ? record.compiledRelease().date() : null;
        return new TimelineSection(ocid, releases, last, false);
    }

    public static TimelineSection unavailable(String ocid) {
        return new TimelineSection(ocid, List.of(), null, true);
    }

    /** The portal's own address of the record package, so readers need no second host. */
    public String recordLink() {
        return "/tenders/" + ocid + "/ocds-record.json";
    }
}
