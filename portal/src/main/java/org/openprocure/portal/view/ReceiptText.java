package org.openprocure.portal.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.qute.TemplateExtension;

import org.openprocure.portal.client.Receipt;
import org.openprocure.portal.client.ReceiptCheck;

/**
 * A receipt as JSON text: what a supplier copies and keeps, and pastes into the opening record's
 * receipt check. The same fields bid-service verifies, with the signature.
 */
@TemplateExtension
public final class ReceiptText {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ReceiptText() {
    }

    /** The receipt's fields and signature, indented. */
    static String json(Receipt receipt) {
        try {
            return JSON.writeValueAsString(receipt.check());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a receipt is plain data", e);
        }
    }

    /** Reads a pasted receipt; unknown fields (e.g. the signed text) are ignored. */
    public static ReceiptCheck parse(String text) throws JsonProcessingException {
        return JSON.readValue(text, ReceiptCheck.class);
    }
}
