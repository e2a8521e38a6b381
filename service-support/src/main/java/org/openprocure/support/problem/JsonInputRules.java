package org.openprocure.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.reflect.Array;
import java.time.Instant;
import java.util.Collection;

/**
 * Refuses, while the request body is read, values that the database would refuse later with a
 * 500: strings with control characters (PostgreSQL stores no NUL) and instants outside the years
 * a procurement can concern; and arrays of more than {@value #MOST_ENTRIES} entries, which no request
 * needs and whose validation (a violation per entry) would keep a thread busy for minutes. Each becomes
 * a 400 naming the field.
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    static final String RULE_PREFIX = "must ";
    static final int MOST_ENTRIES = 1000;

    /** Last, so that these deserialisers win over the Java time module that Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("openprocure-input-rules");
        module.addDeserializer(String.class, new CleanStringDeserializer());
        module.addDeserializer(Instant.class, new BoundedInstantDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new BoundedArrayDeserializer(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                // byte[] is base64 text, not a JSON array
                return type.getContentType().isPrimitive() ? deserializer : new BoundedArrayDeserializer(deserializer);
            }
        });
        mapper.registerModule(module);
    }

    static final class BoundedArrayDeserializer extends DelegatingDeserializer {

        BoundedArrayDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedArrayDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return bounded(p, super.deserialize(p, ctxt));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
            return bounded(p, ((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue));
        }

        private static Object bounded(JsonParser p, Object value) throws IOException {
            int size = value instanceof Collection<?> c ? c.size()
                    : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
            if (size > MOST_ENTRIES) {
                throw InvalidFormatException.from(p, RULE_PREFIX + "have at most " + MOST_ENTRIES
                        + " entries (found " + size + ")", size, value.getClass());
            }
            return value;
        }
    }

    static final class CleanStringDeserializer extends StdScalarDeserializer<String> {

        CleanStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                        throw InvalidFormatException.from(p, RULE_PREFIX + "not contain control characters (found U+"
                                + String.format("%04X", (int) c) + ")", value, String.class);
                    }
                }
            }
            return value;
        }
    }

    static final class BoundedInstantDeserializer extends StdScalarDeserializer<Instant> {

        BoundedInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Instant value = InstantDeserializer.INSTANT.deserialize(p, ctxt);
            if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
                throw InvalidFormatException.from(p, RULE_PREFIX + "lie between " + EARLIEST + " and " + LATEST,
                        value.toString(), Instant.class);
            }
            return value;
        }
    }
}
