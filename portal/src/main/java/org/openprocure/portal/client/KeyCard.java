package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A committee member's key card, handed out once: its text and the same as a PDF (base64). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyCard(String ocid, int index, String holderName, String text, String fingerprint, int threshold,
        int holders, String pdfBase64) {
}
