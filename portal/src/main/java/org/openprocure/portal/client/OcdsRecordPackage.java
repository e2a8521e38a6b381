package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An OCDS 1.1.5 record package ({@code GET /api/ocds/records/{ocid}}), read only as far as the timeline needs:
 * each release's id, date and tags, and the compiled release's date and tags.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OcdsRecordPackage(String uri, Instant publishedDate, List<OcdsRecord> records) {

    public OcdsRecordPackage {
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** The record of the process: the first, as a record package for one OCID holds one. */
    public OcdsRecord record() {
        return records.isEmpty() ? null : records.get(0);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OcdsRecord(String ocid, List<Release> releases, Release compiledRelease) {

        public OcdsRecord {
            releases = releases == null ? List.of() : List.copyOf(releases);
        }
    }

    /** A release, embedded or linked (OCDS allows both in a record): either way it has a date and tags. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Release(String id, Instant date, List<String> tag, String url) {

        public Release {
            tag = tag == null ? List.of() : List.copyOf(tag);
        }
    }
}
