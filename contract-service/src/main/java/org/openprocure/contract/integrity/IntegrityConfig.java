package org.openprocure.contract.integrity;

import io.smallrye.config.ConfigMapping;

/** The integrity reports' settings ({@code openprocure.integrity.*}). */
@ConfigMapping(prefix = "openprocure.integrity")
public interface IntegrityConfig {

    /** The server-side key of the follow-up codes' hashes; whoever has it and a dump can test guesses offline. */
    String codePepper();

    /** How many files a report may carry. */
    int maxAttachments();

    /** The largest attachment accepted, in bytes. */
    long maxAttachmentBytes();

    /** New reports and reporters' messages, counted together for everyone. */
    Limits submissions();

    /** Follow-up attempts with a wrong code, counted together for everyone. */
    Limits failedFollowUps();

    interface Limits {
        int perMinute();

        int perHour();
    }
}
