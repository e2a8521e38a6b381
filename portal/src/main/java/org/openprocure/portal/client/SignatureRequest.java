package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The buyer signs a pending contract: its date, value, period and the signed PDF (base64). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignatureRequest(Instant dateSigned, Value value, Period period, SignedDocument document) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SignedDocument(String title, String fileName, String content) {
    }
}
