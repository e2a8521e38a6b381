package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A supplier's question and the buyer's answer; the asker is a pseudonym, never the company. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Enquiry(
        String id,
        Integer number,
        EnquiryTarget target,
        String asker,
        String question,
        Instant askedAt,
        EnquiryAnswer answer) {
}
