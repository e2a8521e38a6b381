package org.openprocure.systemtests.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A request body shaped like a valid one, built from the Java type the endpoint reads (records and
 * their components, with their bean-validation constraints), and the fields in it that hostile variants
 * replace one at a time.
 */
final class BodyShape {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    /** What a field holds, which decides the wrong values to try. */
    enum FieldKind { STRING, NUMBER, INTEGER, BOOLEAN, INSTANT, DATE, UUID, ENUM, ARRAY, OBJECT, BYTES, OTHER }

    /**
     * One field of the body.
     *
     * @param path        the way from the body's root: field names and array indexes
     * @param name        the field's own name, which a refusal should mention
     * @param kind        what it holds
     * @param constraints the simple names of its bean-validation constraints, with their values
     */
    record Slot(List<Object> path, String name, FieldKind kind, Map<String, Object> constraints) {

        String display() {
            StringBuilder out = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer i) {
                    out.append('[').append(i).append(']');
                } else {
                    out.append(out.isEmpty() ? "" : ".").append(step);
                }
            }
            return out.toString();
        }

        boolean has(String constraint) {
            return constraints.containsKey(constraint);
        }

        boolean required() {
            return has("NotNull") || has("NotBlank") || has("NotEmpty");
        }

        /** The largest length or size a @Size allows, or -1. */
        long maxSize() {
            Object max = constraints.get("Size.max");
            return max instanceof Integer m && m < Integer.MAX_VALUE ? m : -1;
        }
    }

    final JsonNode valid;
    final List<Slot> slots = new ArrayList<>();
    final Class<?> rawType;
    final boolean required;

    private final Instant now;
    private final String pdfBase64;
    private final Random random;

    BodyShape(Type type, Annotation[] annotations, Instant now, String pdfBase64, Random random) {
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.pdfBase64 = pdfBase64;
        this.random = random;
        this.rawType = raw(type);
        this.required = Arrays.stream(annotations).anyMatch(a -> a.annotationType().getSimpleName().equals("NotNull"));
        this.valid = value(type, new ArrayList<>(), "$", annotations, 0);
    }

    /** Whether the body is JSON (not a form, a multipart upload, raw bytes or text). */
    static boolean isJson(Class<?> type) {
        String name = type.getName();
        return !(type == byte[].class || type == String.class || name.startsWith("java.io.")
                || name.equals("jakarta.ws.rs.core.MultivaluedMap") || name.contains("Multipart")
                || name.contains("FileUpload"));
    }

    private JsonNode value(Type type, List<Object> path, String name, Annotation[] annotations, int depth) {
        Class<?> raw = raw(type);
        Map<String, Object> constraints = constraints(annotations);
        FieldKind kind = kind(raw);
        if (!path.isEmpty()) {
            slots.add(new Slot(List.copyOf(path), name, kind, constraints));
        }
        switch (kind) {
            case STRING -> {
                String text = name.equalsIgnoreCase("content") ? pdfBase64 : "Hostile input check";
                Object min = constraints.get("Size.min");
                if (min instanceof Integer m && text.length() < m) {
                    text = text + "x".repeat(m - text.length());
                }
                Object max = constraints.get("Size.max");
                if (max instanceof Integer m && text.length() > m) {
                    text = text.substring(0, m);
                }
                if (name.toLowerCase().contains("currency")) {
                    text = "EUR";
                }
                return JSON.textNode(text);
            }
            case BYTES -> {
                return JSON.textNode(pdfBase64);
            }
            case INTEGER -> {
                return JSON.numberNode(1);
            }
            case NUMBER -> {
                return JSON.numberNode(new BigDecimal("100.00"));
            }
            case BOOLEAN -> {
                return JSON.booleanNode(false);
            }
            case INSTANT -> {
                return JSON.textNode(now.plus(7, ChronoUnit.DAYS).toString());
            }
            case DATE -> {
                return JSON.textNode(now.plus(7, ChronoUnit.DAYS).toString().substring(0, 10));
            }
            case UUID -> {
                return JSON.textNode(new java.util.UUID(random.nextLong(), random.nextLong()).toString());
            }
            case ENUM -> {
                return JSON.textNode(enumNames(raw).get(0));
            }
            case ARRAY -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < MAX_DEPTH) {
                    List<Object> inner = new ArrayList<>(path);
                    inner.add(0);
                    array.add(value(elementType(type), inner, name, new Annotation[0], depth + 1));
                }
                return array;
            }
            case OBJECT -> {
                ObjectNode object = JSON.objectNode();
                if (depth >= MAX_DEPTH) {
                    return object;
                }
                for (Member member : members(raw)) {
                    List<Object> inner = new ArrayList<>(path);
                    inner.add(member.name());
                    object.set(member.name(), value(member.type(), inner, member.name(), member.annotations(),
                            depth + 1));
                }
                return object;
            }
            default -> {
                if (raw.getSimpleName().equals("Duration")) {
                    return JSON.textNode("PT1H");
                }
                return JSON.objectNode();
            }
        }
    }

    private record Member(String name, Type type, Annotation[] annotations) {
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                List<Annotation> annotations = new ArrayList<>(Arrays.asList(component.getAnnotations()));
                try {
                    Field field = type.getDeclaredField(component.getName());
                    annotations.addAll(Arrays.asList(field.getAnnotations()));
                    annotations.addAll(Arrays.asList(field.getAnnotatedType().getAnnotations()));
                } catch (NoSuchFieldException | LinkageError e) {
                    // the component's own annotations suffice
                }
                members.add(new Member(jsonName(component.getName(), annotations), component.getGenericType(),
                        annotations.toArray(Annotation[]::new)));
            }
            return members;
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                List<Annotation> annotations = Arrays.asList(field.getAnnotations());
                members.add(new Member(jsonName(field.getName(), annotations), field.getGenericType(),
                        field.getAnnotations()));
            }
        }
        return members;
    }

    private static String jsonName(String name, List<Annotation> annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonProperty")) {
                String value = ResourceMethods.value(a, name);
                return value.isEmpty() ? name : value;
            }
        }
        return name;
    }

    /** The JSON names of an enum's constants (its {@code @JsonProperty} or {@code @JsonValue}, else its name). */
    static List<String> enumNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        Method jsonValue = null;
        for (Method m : type.getDeclaredMethods()) {
            for (Annotation a : m.getAnnotations()) {
                if (a.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonValue")) {
                    jsonValue = m;
                }
            }
        }
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                if (jsonValue != null) {
                    jsonValue.setAccessible(true);
                    name = String.valueOf(jsonValue.invoke(constant));
                } else {
                    Field field = type.getField(name);
                    for (Annotation a : field.getAnnotations()) {
                        if (a.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonProperty")) {
                            name = ResourceMethods.value(a, name);
                        }
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the constant's own name
            }
            names.add(name);
        }
        return names;
    }

    private static Map<String, Object> constraints(Annotation[] annotations) {
        Map<String, Object> constraints = new java.util.HashMap<>();
        for (Annotation a : annotations) {
            String type = a.annotationType().getName();
            if (!type.startsWith("jakarta.validation.constraints.")) {
                continue;
            }
            String simple = a.annotationType().getSimpleName();
            constraints.put(simple, true);
            for (String attribute : List.of("min", "max", "value")) {
                try {
                    Method m = a.annotationType().getMethod(attribute);
                    constraints.put(simple + "." + attribute, m.invoke(a));
                } catch (ReflectiveOperationException e) {
                    // not an attribute of this constraint
                }
            }
        }
        return constraints;
    }

    static FieldKind kind(Class<?> raw) {
        String name = raw.getName();
        if (raw == String.class || raw == char.class || raw == Character.class || name.equals("java.util.Currency")
                || name.equals("java.util.Locale") || name.equals("java.net.URI")) {
            return FieldKind.STRING;
        }
        if (raw == byte[].class) {
            return FieldKind.BYTES;
        }
        if (raw == int.class || raw == long.class || raw == short.class || raw == Integer.class || raw == Long.class
                || raw == Short.class || raw == java.math.BigInteger.class) {
            return FieldKind.INTEGER;
        }
        if (raw == double.class || raw == float.class || Number.class.isAssignableFrom(raw)) {
            return FieldKind.NUMBER;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return FieldKind.BOOLEAN;
        }
        if (name.equals("java.time.Instant") || name.equals("java.time.OffsetDateTime")
                || name.equals("java.time.ZonedDateTime") || name.equals("java.time.LocalDateTime")) {
            return FieldKind.INSTANT;
        }
        if (name.equals("java.time.LocalDate")) {
            return FieldKind.DATE;
        }
        if (name.equals("java.util.UUID")) {
            return FieldKind.UUID;
        }
        if (raw.isEnum()) {
            return FieldKind.ENUM;
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return FieldKind.ARRAY;
        }
        if (name.startsWith("java.") || name.startsWith("com.fasterxml.") || Map.class.isAssignableFrom(raw)
                || raw == Object.class) {
            return FieldKind.OTHER;
        }
        return FieldKind.OBJECT;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }
}
