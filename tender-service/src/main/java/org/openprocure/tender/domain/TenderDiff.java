package org.openprocure.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of a tender, field by field, so that the public sees exactly
 * what a consultation or an amendment changed. Fields are named by their path in the tender body
 * ({@code lots[0].items[1].classification}); values as text.
 */
public final class TenderDiff {

    /** One changed field; {@code before} is null when it was added, {@code after} when it was removed. */
    public record Change(String field, String before, String after) {
    }

    /** Fields whose change does not alter what bidders offer: texts and dates (which only move later). */
    private static final Set<String> NON_MATERIAL = Set.of("title", "description", "procurementMethodRationale",
            "consultationEnd", "enquiryDeadline", "submissionDeadline", "openingDate");

    private TenderDiff() {
    }

    /** The tender's terms (and the extra fields given, such as documents) as an ordered path → value map. */
    public static Map<String, String> flatten(TenderTerms terms, Map<String, String> extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "title", terms.title());
        put(fields, "description", terms.description());
        put(fields, "procurementMethod", terms.procurementMethod().code());
        put(fields, "procurementMethodRationale", terms.procurementMethodRationale());
        put(fields, "mainProcurementCategory", terms.mainProcurementCategory().code());
        put(fields, "awardCriteria", terms.awardCriteria().code());
        for (int i = 0; i < terms.criteria().size(); i++) {
            TenderTerms.Criterion criterion = terms.criteria().get(i);
            put(fields, "criteria[" + i + "].name", criterion.name());
            put(fields, "criteria[" + i + "].type", criterion.type().code());
            put(fields, "criteria[" + i + "].weight", Integer.toString(criterion.weight()));
        }
        put(fields, "currency", terms.currency());
        for (int i = 0; i < terms.lots().size(); i++) {
            TenderTerms.LotTerms lot = terms.lots().get(i);
            String path = "lots[" + i + "]";
            put(fields, path + ".title", lot.title());
            put(fields, path + ".description", lot.description());
            put(fields, path + ".estimatedValue", plain(lot.estimatedValue()));
            for (int j = 0; j < lot.items().size(); j++) {
                TenderTerms.ItemTerms item = lot.items().get(j);
                String itemPath = path + ".items[" + j + "]";
                put(fields, itemPath + ".description", item.description());
                put(fields, itemPath + ".quantity", plain(item.quantity()));
                put(fields, itemPath + ".unit", item.unit());
                put(fields, itemPath + ".classification", item.classification());
            }
        }
        put(fields, "consultationEnd", instant(terms.consultationEnd()));
        put(fields, "enquiryDeadline", instant(terms.enquiryDeadline()));
        put(fields, "submissionDeadline", instant(terms.submissionDeadline()));
        put(fields, "openingDate", instant(terms.openingDate()));
        put(fields, "bidValidityDays", Integer.toString(terms.bidValidityDays()));
        put(fields, "openingCommittee.threshold", Integer.toString(terms.committeeThreshold()));
        for (int i = 0; i < terms.committee().size(); i++) {
            put(fields, "openingCommittee.members[" + i + "].username", terms.committee().get(i).username());
            put(fields, "openingCommittee.members[" + i + "].name", terms.committee().get(i).name());
        }
        fields.putAll(extra);
        return fields;
    }

    /** Every field whose value differs, in the order of {@code after} then the removed ones. */
    public static List<Change> between(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new LinkedHashSet<>(after.keySet());
        paths.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            String was = before.get(path);
            String is = after.get(path);
            if (was == null ? is != null : !was.equals(is)) {
                changes.add(new Change(path, was, is));
            }
        }
        return changes;
    }

    /**
     * Whether bids made before these changes may no longer fit the tender: anything but texts and
     * dates changed (lots, items, values, criteria, documents, bid validity...).
     */
    public static boolean isMaterial(List<Change> changes) {
        return changes.stream().anyMatch(change -> !NON_MATERIAL.contains(change.field()));
    }

    private static void put(Map<String, String> fields, String path, String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(path, value);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
