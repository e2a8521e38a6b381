package org.openprocure.systemtests.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.openprocure.systemtests.endpoints.Endpoint;
import org.openprocure.systemtests.hostile.BodyShape.FieldKind;
import org.openprocure.systemtests.hostile.BodyShape.Slot;
import org.openprocure.systemtests.hostile.ResourceMethods.Input;
import org.openprocure.systemtests.hostile.ResourceMethods.Kind;

/**
 * The hostile variants of one endpoint: bad path variables and query parameters, malformed and
 * truncated bodies, each field of a valid-shaped body replaced by a wrong type, an out-of-range,
 * overlong or control-character value or an injection string, wrong content types and multipart
 * garbage. Everything comes from one seeded {@link Random}, so a run can be repeated exactly.
 *
 * <p>Nothing sent may change the database. A request that could be valid (an injection string is a
 * legal title) is therefore only sent where it cannot take effect: as a read, or aimed at a tender,
 * bid or contract that does not exist. Where an endpoint names no such target (creating a tender, an
 * anonymous report) only variants that are invalid by construction are sent.
 */
final class HostileRequests {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Strings an attacker tries where text is stored, shown or put into a query. */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1' --",
            "'; DROP TABLE tender; --",
            "\" UNION SELECT password FROM pg_shadow --",
            "<script>alert(document.cookie)</script>",
            "\"><img src=x onerror=alert(1)>",
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "{{7*7}}${7*7}#{7*7}",
            "${jndi:ldap://127.0.0.1/a}",
            "%00%27%22",
            "\u202Egnp.exe\u202C",
            "Zieliński 🚧 Łódź Ωμέγα");

    private final Random random;
    private final Instant now;
    private final String pdfBase64;
    private final List<String> formFieldNames;

    HostileRequests(Random random, Instant now, String pdfBase64, List<String> formFieldNames) {
        this.random = random;
        this.now = now;
        this.pdfBase64 = pdfBase64;
        this.formFieldNames = formFieldNames;
    }

    /**
     * The variants of {@code endpoint} as {@code caller}.
     *
     * @param realValues path variables' values that exist (an ocid, a draft's id), used for reads only
     */
    List<Probe> of(Endpoint endpoint, List<Input> inputs, String caller, Map<String, String> realValues) {
        List<Probe> probes = new ArrayList<>();
        List<Input> pathInputs = inputs.stream().filter(i -> i.kind() == Kind.PATH).toList();
        List<Input> queryInputs = inputs.stream().filter(i -> i.kind() == Kind.QUERY).toList();
        Input body = inputs.stream().filter(i -> i.kind() == Kind.BODY).findFirst().orElse(null);
        boolean read = endpoint.method().equals("GET") || endpoint.method().equals("HEAD");
        boolean namedTarget = !endpoint.pathVariables().isEmpty();
        // Where a request could be valid, its target must not exist (or it must be a read).
        boolean anyVariant = read || namedTarget;

        // Path variables: each one hostile in turn, the others absent-but-plausible.
        for (String variable : endpoint.pathVariables()) {
            for (String hostile : hostilePathValues()) {
                String target = fill(endpoint, variable, hostile, realValues, read);
                probes.add(probe(endpoint, caller, target, body, "path variable " + variable + " = "
                        + Probe.abbreviate(hostile), null));
            }
        }
        String plausible = fill(endpoint, null, null, realValues, read);
        // Query parameters.
        for (Input query : queryInputs) {
            for (String hostile : hostileQueryValues()) {
                String target = plausible + "?" + query.name() + "=" + hostile;
                if (anyVariant) {
                    probes.add(probe(endpoint, caller, target, body, "query " + query.name() + " = "
                            + Probe.abbreviate(hostile), null));
                }
            }
            if (!anyVariant) {
                continue;
            }
            probes.add(probe(endpoint, caller, plausible + "?" + query.name() + "=1&" + query.name() + "=x",
                    body, "query " + query.name() + " repeated", null));
        }
        if (body == null && endpoint.consumes().isEmpty()) {
            if (!read && anyVariant) {
                // A body where none is read: ignored, never a 5xx.
                probes.add(new Probe(endpoint, caller, plausible, "application/json", "{\"unexpected\":".getBytes(
                        StandardCharsets.UTF_8), "an unexpected, malformed body", null));
            }
            return probes;
        }
        Class<?> bodyType = body == null ? byte[].class : BodyShape.raw(body.type());
        if (body != null && BodyShape.isJson(bodyType) && consumesJson(endpoint)) {
            probes.addAll(jsonVariants(endpoint, caller, plausible, body, anyVariant));
        } else if (endpoint.consumes().stream().anyMatch(c -> c.startsWith("multipart/"))) {
            probes.addAll(multipartVariants(endpoint, caller, plausible));
        } else if (endpoint.consumes().stream().anyMatch(c -> c.contains("x-www-form-urlencoded"))
                || body != null && bodyType.getName().equals("jakarta.ws.rs.core.MultivaluedMap")) {
            probes.addAll(formVariants(endpoint, caller, plausible, anyVariant));
        } else if (endpoint.consumes().contains("application/pdf")) {
            probes.add(new Probe(endpoint, caller, plausible, "application/pdf", new byte[0], "an empty document",
                    null));
            probes.add(new Probe(endpoint, caller, plausible, "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                    "JSON where a PDF is expected", null));
        }
        return probes;
    }

    private static boolean consumesJson(Endpoint endpoint) {
        return endpoint.consumes().isEmpty() || endpoint.consumes().stream().anyMatch(c -> c.contains("json"));
    }

    private List<Probe> jsonVariants(Endpoint endpoint, String caller, String target, Input body, boolean anyVariant) {
        List<Probe> probes = new ArrayList<>();
        BodyShape shape = new BodyShape(body.type(), body.annotations(), now, pdfBase64, random);
        String valid = shape.valid.toString();
        boolean objectBody = shape.valid.isObject();
        // Whole bodies that are not JSON or not the right JSON.
        probes.add(json(endpoint, caller, target, "{", "truncated JSON '{'", null));
        probes.add(json(endpoint, caller, target, valid.substring(0, valid.length() / 2), "the valid body cut in half",
                null));
        probes.add(json(endpoint, caller, target, "{\"a\": }", "a missing value", null));
        probes.add(json(endpoint, caller, target, "/* comment */ " + valid, "a JavaScript comment", null));
        probes.add(json(endpoint, caller, target, "{'single': 'quotes'}", "single quotes", null));
        probes.add(json(endpoint, caller, target, valid + " trailing", "trailing garbage", null));
        probes.add(json(endpoint, caller, target, "[".repeat(5000) + "]".repeat(5000), "arrays nested 5,000 deep",
                null));
        probes.add(json(endpoint, caller, target, "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "objects nested 3,000 deep", null));
        probes.add(raw(endpoint, caller, target, "application/json", invalidUtf8(valid), "invalid UTF-8 in a string",
                null));
        probes.add(raw(endpoint, caller, target, "application/json", garbage(1 << 20), "1 MB of binary garbage",
                null));
        if (objectBody) {
            probes.add(json(endpoint, caller, target, "[]", "an array for an object", null));
            probes.add(json(endpoint, caller, target, "\"text\"", "a string for an object", null));
            probes.add(json(endpoint, caller, target, "12345", "a number for an object", null));
        }
        if (shape.required || anyVariant) {
            probes.add(json(endpoint, caller, target, "null", "null body", null));
            probes.add(raw(endpoint, caller, target, "application/json", new byte[0], "empty body", null));
        }
        if (anyVariant) {
            probes.add(json(endpoint, caller, target, "{}", "an empty object", null));
            probes.add(json(endpoint, caller, target, valid, "a valid-shaped body", null));
            probes.add(raw(endpoint, caller, target, "application/json; charset=ebcdic-xyz", bytes(valid),
                    "an unknown charset", null));
        }
        if (!endpoint.consumes().isEmpty()) {
            probes.add(raw(endpoint, caller, target, "text/plain", bytes(valid), "text/plain content type", null));
            probes.add(raw(endpoint, caller, target, "application/xml", bytes("<tender><title>x</title></tender>"),
                    "an XML body", null));
            probes.add(raw(endpoint, caller, target, null, bytes(valid), "no content type", null));
            probes.add(raw(endpoint, caller, target, "multipart/form-data; boundary=zzz",
                    bytes("--zzz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--zzz--\r\n"),
                    "multipart where JSON is expected", null));
        }
        // Each field replaced in turn.
        boolean hugeSent = false;
        for (Slot slot : shape.slots) {
            for (FieldValue value : fieldValues(slot)) {
                if (!value.invalid && !anyVariant) {
                    continue;
                }
                if (value.huge) {
                    if (hugeSent) {
                        continue;
                    }
                    hugeSent = true;
                }
                JsonNode mutated = replace(shape.valid, slot.path(), value.node);
                probes.add(json(endpoint, caller, target, mutated.toString(), slot.display() + " = " + value.what,
                        value.invalid && value.namesField ? slot.name() : null));
            }
        }
        return probes;
    }

    private record FieldValue(JsonNode node, String what, boolean invalid, boolean namesField, boolean huge) {
        static FieldValue invalid(JsonNode node, String what) {
            return new FieldValue(node, what, true, true, false);
        }

        static FieldValue maybe(JsonNode node, String what) {
            return new FieldValue(node, what, false, false, false);
        }
    }

    private List<FieldValue> fieldValues(Slot slot) {
        List<FieldValue> values = new ArrayList<>();
        ObjectNode object = JSON.objectNode().put("wrong", "type");
        ArrayNode array = JSON.arrayNode().add(1).add("two");
        values.add(slot.required() ? FieldValue.invalid(JSON.nullNode(), "null")
                : FieldValue.maybe(JSON.nullNode(), "null"));
        switch (slot.kind()) {
            case STRING, BYTES -> {
                values.add(FieldValue.invalid(object, "an object"));
                values.add(FieldValue.invalid(array, "an array"));
                // Jackson reads a number or a boolean into a string field as its text ("12345", "true"), so
                // these are refused later, if at all, for another reason.
                values.add(FieldValue.maybe(JSON.numberNode(12345), "a number"));
                values.add(FieldValue.maybe(JSON.booleanNode(true), "a boolean"));
                if (slot.kind() == FieldKind.STRING) {
                    values.add(FieldValue.invalid(JSON.textNode("bell\u0007and\u0000nul"), "control characters"));
                    values.add(slot.has("NotBlank") || slot.has("NotEmpty")
                            ? FieldValue.invalid(JSON.textNode("   "), "blank") : FieldValue.maybe(JSON.textNode(""),
                            "empty"));
                    long max = slot.maxSize();
                    if (max > 0 && max < 1_000_000) {
                        values.add(FieldValue.invalid(JSON.textNode("x".repeat((int) max + 1)), (max + 1)
                                + " characters (the limit is " + max + ")"));
                    }
                    values.add(new FieldValue(JSON.textNode("y".repeat(1 << 20)), "a 1 MB string", false, false,
                            true));
                    for (String injection : INJECTIONS) {
                        values.add(FieldValue.maybe(JSON.textNode(injection), "injection " + injection));
                    }
                } else {
                    values.add(FieldValue.invalid(JSON.textNode("%%% not base64 %%%"), "not base64"));
                }
            }
            case INTEGER, NUMBER -> {
                values.add(FieldValue.invalid(JSON.textNode("abc"), "a word"));
                values.add(FieldValue.invalid(JSON.textNode("NaN"), "\"NaN\""));
                values.add(FieldValue.invalid(JSON.textNode("1e99999"), "\"1e99999\""));
                values.add(FieldValue.invalid(object, "an object"));
                values.add(FieldValue.invalid(array, "an array"));
                values.add(FieldValue.maybe(JSON.numberNode(-1), "-1"));
                values.add(FieldValue.maybe(JSON.numberNode(0), "0"));
                values.add(FieldValue.maybe(JSON.numberNode(new java.math.BigDecimal("1E+400")), "1E+400"));
                values.add(FieldValue.maybe(JSON.numberNode(new java.math.BigDecimal("-99999999999999999999.999")),
                        "-99999999999999999999.999"));
                values.add(FieldValue.maybe(JSON.numberNode(new java.math.BigDecimal("0.000000000000000000001")),
                        "0.000000000000000000001"));
                if (slot.kind() == FieldKind.INTEGER) {
                    values.add(FieldValue.invalid(JSON.numberNode(new java.math.BigInteger("99999999999999999999999")),
                            "a number beyond 64 bits"));
                    values.add(FieldValue.maybe(JSON.numberNode(2147483648L), "2^31"));
                }
            }
            case BOOLEAN -> {
                values.add(FieldValue.invalid(JSON.textNode("yes"), "\"yes\""));
                values.add(FieldValue.invalid(object, "an object"));
                values.add(FieldValue.invalid(array, "an array"));
            }
            case INSTANT, DATE -> {
                values.add(FieldValue.invalid(JSON.textNode("yesterday"), "\"yesterday\""));
                values.add(FieldValue.invalid(JSON.textNode("2026-13-45T25:61:61Z"), "an impossible date"));
                values.add(FieldValue.invalid(object, "an object"));
                values.add(FieldValue.invalid(array, "an array"));
                if (slot.kind() == FieldKind.INSTANT) {
                    values.add(FieldValue.invalid(JSON.textNode("1900-01-01T00:00:00Z"), "the year 1900"));
                    values.add(FieldValue.invalid(JSON.textNode("+999999999-12-31T23:59:59Z"), "the year 999999999"));
                    values.add(FieldValue.invalid(JSON.numberNode(-99999999999L), "a negative epoch number"));
                }
            }
            case UUID -> {
                values.add(FieldValue.invalid(JSON.textNode("not-a-uuid"), "\"not-a-uuid\""));
                values.add(FieldValue.invalid(JSON.textNode("' OR '1'='1"), "an injection"));
                values.add(FieldValue.invalid(object, "an object"));
                values.add(FieldValue.maybe(JSON.textNode(new UUID(0, 0).toString()), "the nil UUID"));
            }
            case ENUM -> {
                values.add(FieldValue.invalid(JSON.textNode("'; DROP TABLE tender; --"), "an injection"));
                values.add(FieldValue.invalid(JSON.textNode("<script>alert(1)</script>"), "a script"));
                values.add(FieldValue.invalid(object, "an object"));
                values.add(FieldValue.invalid(array, "an array"));
                values.add(FieldValue.maybe(JSON.numberNode(1), "an index number"));
            }
            case ARRAY -> {
                values.add(FieldValue.invalid(object, "an object"));
                values.add(FieldValue.invalid(JSON.textNode("text"), "a string"));
                values.add(FieldValue.maybe(JSON.arrayNode(), "an empty array"));
                ArrayNode many = JSON.arrayNode();
                for (int i = 0; i < 10_000; i++) {
                    many.add(JSON.nullNode());
                }
                values.add(FieldValue.maybe(many, "10,000 nulls"));
            }
            case OBJECT -> {
                values.add(FieldValue.invalid(JSON.numberNode(42), "a number"));
                values.add(FieldValue.invalid(array, "an array"));
                values.add(FieldValue.maybe(JSON.objectNode(), "an empty object"));
            }
            default -> values.add(FieldValue.invalid(array, "an array"));
        }
        return values;
    }

    private List<Probe> multipartVariants(Endpoint endpoint, String caller, String target) {
        List<Probe> probes = new ArrayList<>();
        probes.add(raw(endpoint, caller, target, "multipart/form-data", bytes("--x\r\nno boundary declared\r\n"),
                "multipart without a boundary", null));
        probes.add(raw(endpoint, caller, target, "multipart/form-data; boundary=b0und", garbage(64 * 1024),
                "multipart garbage", null));
        probes.add(raw(endpoint, caller, target, "multipart/form-data; boundary=b0und",
                bytes("--b0und\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 truncated"), "a part never closed", null));
        StringBuilder fields = new StringBuilder();
        for (String name : formFieldNames) {
            fields.append("--b0und\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                    .append("a\u0000b ").append(INJECTIONS.get(random.nextInt(INJECTIONS.size()))).append("\r\n");
        }
        fields.append("--b0und--\r\n");
        probes.add(raw(endpoint, caller, target, "multipart/form-data; boundary=b0und", bytes(fields.toString()),
                "every form field with a NUL and an injection", null));
        probes.add(raw(endpoint, caller, target, "application/json", bytes("{}"), "JSON where a form is expected",
                null));
        return probes;
    }

    private List<Probe> formVariants(Endpoint endpoint, String caller, String target, boolean anyVariant) {
        List<Probe> probes = new ArrayList<>();
        String form = "application/x-www-form-urlencoded";
        probes.add(raw(endpoint, caller, target, form, bytes("a=%ZZ&&==&%"), "malformed percent-encoding", null));
        probes.add(raw(endpoint, caller, target, form, new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28, '&', 'b', '='},
                "invalid UTF-8", null));
        probes.add(raw(endpoint, caller, target, form, bytes(allFields("a%00b%07c")), "every field with control "
                + "characters", null));
        probes.add(raw(endpoint, caller, target, form, bytes(allFields("z".repeat(300_000))),
                "every field 300,000 characters long", null));
        probes.add(raw(endpoint, caller, target, "application/json", bytes("{\"a\":1}"),
                "JSON where a form is expected", null));
        if (anyVariant) {
            probes.add(raw(endpoint, caller, target, form, new byte[0], "an empty form", null));
            for (String injection : INJECTIONS) {
                probes.add(raw(endpoint, caller, target, form, bytes(allFields(URLEncoder.encode(injection,
                        StandardCharsets.UTF_8))), "every field = " + injection, null));
            }
            probes.add(raw(endpoint, caller, target, form, bytes(allFields("-1")), "every field = -1", null));
            probes.add(raw(endpoint, caller, target, form, bytes(allFields("99999999999999999999999")),
                    "every field = a huge number", null));
        }
        return probes;
    }

    private String allFields(String encodedValue) {
        StringBuilder body = new StringBuilder();
        for (String name : formFieldNames) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(encodedValue);
        }
        return body.toString();
    }

    private List<String> hostilePathValues() {
        return List.of(
                "not-a-uuid",
                new UUID(random.nextLong(), random.nextLong()).toString(),
                "..%2F..%2F..%2Fetc%2Fpasswd",
                "%2E%2E",
                "a%00b",
                "x".repeat(2000),
                "'%20OR%20'1'%3D'1",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "ocds-zzzzzz-T-0000-" + (100000 + random.nextInt(900000)),
                "%C3%28",
                "%F0%9F%92%A3",
                "-1",
                "99999999999999999999999");
    }

    private static List<String> hostileQueryValues() {
        return List.of("abc", "-1", "0", "99999999999999999999", "1.5", "", "%00", "a%C3%28",
                "'%20OR%201%3D1%20--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd",
                "%25%25%5C_", "x".repeat(3000), "2026-13-45");
    }

    /** The endpoint's path with every variable filled: hostile for {@code variable}, else absent or real. */
    private String fill(Endpoint endpoint, String variable, String hostile, Map<String, String> realValues,
            boolean read) {
        String path = endpoint.path();
        for (String name : endpoint.pathVariables()) {
            String value;
            if (name.equals(variable)) {
                value = hostile;
            } else if (read && realValues.containsKey(name)) {
                value = realValues.get(name);
            } else {
                value = absent(name);
            }
            path = path.replaceFirst("\\{" + java.util.regex.Pattern.quote(name) + "(:[^}]*)?}",
                    java.util.regex.Matcher.quoteReplacement(value));
        }
        return path;
    }

    /** A plausible value naming nothing that exists. */
    private String absent(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("ocid")) {
            return "ocds-zzzzzz-T-2026-" + (900000 + random.nextInt(99999));
        }
        if (lower.contains("lot") || lower.contains("milestone") || lower.contains("criterion")) {
            return "lot-" + (900 + random.nextInt(99));
        }
        if (lower.contains("reference") || lower.contains("code")) {
            return "IR-ZZZZ-" + (1000 + random.nextInt(8999));
        }
        if (lower.contains("number") || lower.contains("version")) {
            return String.valueOf(9000 + random.nextInt(999));
        }
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private Probe probe(Endpoint endpoint, String caller, String target, Input body, String what, String names) {
        return new Probe(endpoint, caller, target, body == null ? null : "application/json",
                body == null ? null : bytes("{}"), what, names);
    }

    private static Probe json(Endpoint endpoint, String caller, String target, String body, String what,
            String names) {
        return new Probe(endpoint, caller, target, "application/json", bytes(body), what, names);
    }

    private static Probe raw(Endpoint endpoint, String caller, String target, String contentType, byte[] body,
            String what, String names) {
        return new Probe(endpoint, caller, target, contentType, body, what, names);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The body with a string's first character replaced by a lone UTF-8 continuation byte. */
    private static byte[] invalidUtf8(String valid) {
        byte[] bytes = bytes(valid);
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == ':' && bytes[i + 1] == '"' && i + 2 < bytes.length) {
                bytes[i + 2] = (byte) 0x80;
                return bytes;
            }
        }
        byte[] wrapped = bytes("{\"text\": \"x\"}");
        wrapped[10] = (byte) 0xFF;
        return wrapped;
    }

    static JsonNode replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }
}
