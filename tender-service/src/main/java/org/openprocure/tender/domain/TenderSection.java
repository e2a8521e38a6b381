package org.openprocure.tender.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The named sections of a tender a consultation comment may be about. */
public enum TenderSection {
    DESCRIPTION("description", "Description"),
    PROCEDURE("procedure", "Procedure"),
    LOTS("lots", "Lots"),
    ITEMS("items", "Items"),
    AWARD_CRITERIA("awardCriteria", "Award criteria"),
    SCHEDULE("schedule", "Schedule"),
    OPENING_COMMITTEE("openingCommittee", "Opening committee"),
    DOCUMENTS("documents", "Documents");

    private final String code;
    private final String label;

    TenderSection(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<TenderSection> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String labelOf(String code) {
        return byCode(code).map(TenderSection::label).orElse(code);
    }

    /** The codes, for error messages: {@code description, procedure, ...}. */
    public static String codes() {
        return Arrays.stream(values()).map(TenderSection::code).collect(Collectors.joining(", "));
    }
}
