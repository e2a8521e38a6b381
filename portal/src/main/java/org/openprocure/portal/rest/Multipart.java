package org.openprocure.portal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import org.openprocure.portal.view.BidForm;

/** Reading a multipart form whose fields repeat per row: its text fields, and its files by field name. */
final class Multipart {

    private Multipart() {
    }

    static MultivaluedMap<String, String> fields(MultipartFormDataInput input) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        for (Map.Entry<String, Collection<FormValue>> entry : input.getValues().entrySet()) {
            for (FormValue value : entry.getValue()) {
                if (!value.isFileItem()) {
                    fields.add(entry.getKey(), value.getValue());
                }
            }
        }
        return fields;
    }

    static Map<String, BidForm.Upload> files(MultipartFormDataInput input) {
        Map<String, BidForm.Upload> files = new HashMap<>();
        for (Map.Entry<String, Collection<FormValue>> entry : input.getValues().entrySet()) {
            for (FormValue value : entry.getValue()) {
                if (value.isFileItem()) {
                    try (InputStream content = value.getFileItem().getInputStream()) {
                        files.put(entry.getKey(), new BidForm.Upload(value.getFileName(), content.readAllBytes()));
                    } catch (IOException unreadable) {
                        throw new UncheckedIOException("An uploaded file could not be read back", unreadable);
                    }
                }
            }
        }
        return files;
    }
}
