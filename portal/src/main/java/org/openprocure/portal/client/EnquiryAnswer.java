package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The buyer's published answer to an enquiry. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnquiryAnswer(String text, Instant answeredAt) {
}
