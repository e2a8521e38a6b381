package org.openprocure.tender.domain;

import java.util.Locale;

/**
 * Where a tender is in its life. Each stage maps onto the OCDS {@code tenderStatus} codelist, with
 * the platform's finer stage in {@code statusDetails}.
 */
public enum TenderStage {
    /** Being drafted by the buyer; not public. */
    DRAFT("planning", false),
    /** The draft is public for comment before it is fixed. */
    CONSULTATION("planning", false),
    /** Published: open for enquiries and bids until the submission deadline. */
    TENDERING("active", false),
    /** The submission deadline has passed; bids wait for the opening ceremony. */
    TENDERING_CLOSED("active", false),
    /** Bids are opened and being evaluated. */
    EVALUATION("active", false),
    /** Awarded (every lot awarded or cancelled). */
    AWARDED("complete", true),
    /** No lot could be awarded. */
    UNSUCCESSFUL("unsuccessful", true),
    /** Cancelled by the buyer before award. */
    CANCELLED("cancelled", true);

    private final String ocdsStatus;
    private final boolean finished;

    TenderStage(String ocdsStatus, boolean finished) {
        this.ocdsStatus = ocdsStatus;
        this.finished = finished;
    }

    /** The OCDS {@code tenderStatus} code. */
    public String ocdsStatus() {
        return ocdsStatus;
    }

    /** The OCDS {@code statusDetails}: this stage's name in camel case, e.g. {@code tenderingClosed}. */
    public String statusDetails() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder details = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            details.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return details.toString();
    }

    /** A finished tender changes no more. */
    public boolean isFinished() {
        return finished;
    }

    /** From publication on, everything about the tender is public. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
