package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** OCDS Document: a PDF attached to the tender, with the SHA-256 a reader can check it against. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenderDocument(
        String id,
        String title,
        String fileName,
        String documentType,
        Long size,
        String sha256,
        Instant datePublished) {
}
