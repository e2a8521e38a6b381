package org.openprocure.tender.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openprocure.events.EventJson;
import org.openprocure.tender.TenderDocument;
import org.openprocure.tender.domain.TenderDiff;
import org.openprocure.tender.domain.TenderTerms;

/**
 * What a frozen version holds: the terms and the documents in force, stored as JSON so that any
 * version can be shown again and compared with another.
 */
public record VersionSnapshot(TenderTerms terms, List<DocumentRef> documents) {

    /** A document of the version, by title, file name and SHA-256. */
    public record DocumentRef(String documentType, String title, String fileName, String sha256) {
    }

    private static final ObjectMapper JSON = EventJson.mapper();

    public static VersionSnapshot of(TenderTerms terms, List<TenderDocument> documents) {
        return new VersionSnapshot(terms, documents.stream()
                .filter(d -> TenderDocument.BIDDING_DOCUMENTS.equals(d.documentType))
                .map(d -> new DocumentRef(d.documentType, d.title, d.fileName, d.sha256)).toList());
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot is plain data", e);
        }
    }

    public static VersionSnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, VersionSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot cannot be read", e);
        }
    }

    /** Path → value, documents included, for {@link TenderDiff#between}. */
    public Map<String, String> flatten() {
        Map<String, String> documentFields = new LinkedHashMap<>();
        for (DocumentRef document : documents) {
            documentFields.put("documents[" + document.fileName() + "]",
                    document.title() + " (SHA-256 " + document.sha256() + ")");
        }
        return TenderDiff.flatten(terms, documentFields);
    }

    public static String changesJson(List<TenderDiff.Change> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("changes are plain data", e);
        }
    }

    public static List<TenderDiff.Change> changesFromJson(String json) {
        try {
            return List.of(JSON.readValue(json, TenderDiff.Change[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored changes cannot be read", e);
        }
    }
}
