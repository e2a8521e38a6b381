package org.openprocure.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official OCDS 1.1.5 schemas and codelists, copied under {@code src/test/resources/ocds-1.1.5/}:
 * the schemas' {@code $ref}s to the standard's site resolve to those files, so nothing is fetched.
 */
final class OcdsSchemas {

    private static final String SITE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SITE, "classpath:ocds-1.1.5/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    static final JsonSchema RELEASE_PACKAGE = schema("release-package-schema.json");
    static final JsonSchema RECORD_PACKAGE = schema("record-package-schema.json");
    static final JsonSchema RELEASE = schema("release-schema.json");

    /** Which codelist a field's values come from, by the field's name and the name of the array or object holding it. */
    private static final Map<String, String> CODELISTS = Map.ofEntries(
            Map.entry("tag", "releaseTag"), Map.entry("initiationType", "initiationType"),
            Map.entry("procurementMethod", "method"), Map.entry("mainProcurementCategory", "procurementCategory"),
            Map.entry("awardCriteria", "awardCriteria"), Map.entry("submissionMethod", "submissionMethod"),
            Map.entry("documentType", "documentType"), Map.entry("roles", "partyRole"),
            Map.entry("currency", "currency"), Map.entry("tender.status", "tenderStatus"),
            Map.entry("lots.status", "tenderStatus"), Map.entry("compiledRelease.tag", "releaseTag"),
            Map.entry("awards.status", "awardStatus"), Map.entry("contracts.status", "contractStatus"),
            Map.entry("milestones.status", "milestoneStatus"), Map.entry("milestones.type", "milestoneType"),
            Map.entry("classification.scheme", "itemClassificationScheme"));

    private static final Map<String, Set<String>> CODES = new HashMap<>();

    private OcdsSchemas() {
    }

    private static JsonSchema schema(String file) {
        return FACTORY.getSchema(SchemaLocation.of(SITE + file), CONFIG);
    }

    static List<String> errors(JsonSchema schema, JsonNode json) {
        Set<ValidationMessage> messages = schema.validate(json);
        return messages.stream().map(ValidationMessage::toString).sorted().toList();
    }

    /** Every codelist value in the JSON that is not in its shipped codelist, as {@code path: value}. */
    static List<String> codelistViolations(JsonNode json) {
        List<String> violations = new ArrayList<>();
        walk(json, "", "$", violations);
        return violations;
    }

    /** How many codelist values the JSON has, so a test can see the check looked at something. */
    static int codelistValues(JsonNode json) {
        List<String> all = new ArrayList<>();
        count(json, "", all);
        return all.size();
    }

    private static void count(JsonNode node, String holder, List<String> seen) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (codelistOf(holder, f.getKey()) != null) {
                    seen.add(f.getKey());
                }
                count(f.getValue(), f.getKey(), seen);
            }
        } else if (node.isArray()) {
            node.forEach(e -> count(e, holder, seen));
        }
    }

    private static void walk(JsonNode node, String holder, String path, List<String> violations) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String codelist = codelistOf(holder, f.getKey());
                if (codelist != null) {
                    List<JsonNode> values = new ArrayList<>();
                    if (f.getValue().isArray()) {
                        f.getValue().forEach(values::add);
                    } else {
                        values.add(f.getValue());
                    }
                    for (JsonNode value : values) {
                        if (!codes(codelist).contains(value.asText())) {
                            violations.add(path + "." + f.getKey() + ": " + value.asText() + " not in " + codelist);
                        }
                    }
                }
                walk(f.getValue(), f.getKey(), path + "." + f.getKey(), violations);
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node) {
                walk(element, holder, path + "[" + i++ + "]", violations);
            }
        }
    }

    private static String codelistOf(String holder, String field) {
        String qualified = CODELISTS.get(holder + "." + field);
        if (qualified != null) {
            return qualified;
        }
        return "status".equals(field) || "type".equals(field) || "scheme".equals(field) ? null : CODELISTS.get(field);
    }

    static synchronized Set<String> codes(String codelist) {
        return CODES.computeIfAbsent(codelist, OcdsSchemas::readCodes);
    }

    private static Set<String> readCodes(String codelist) {
        String path = "/ocds-1.1.5/codelists/" + codelist + ".csv";
        try (InputStream in = OcdsSchemas.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no codelist " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = cells(reader.readLine());
            int column = header.indexOf("Code");
            Set<String> codes = new TreeSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    codes.add(cells(line).get(column));
                }
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of a CSV line; the code columns never hold a line break. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
