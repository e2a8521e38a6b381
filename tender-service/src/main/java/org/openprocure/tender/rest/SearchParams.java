package org.openprocure.tender.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.tender.domain.TenderStage;
import org.openprocure.tender.service.NoticeSearch;

/** Reads the notice board's query parameters; each bad one is a 400 naming it. */
final class SearchParams {

    private SearchParams() {
    }

    static NoticeSearch.Criteria criteria(String text, String cpv, String buyer, String status, String deadlineFrom,
            String deadlineTo, String valueMin, String valueMax, String sort) {
        String q = blankToNull(text);
        if (q != null && q.length() > 200) {
            throw ProblemException.badRequest("q", "at most 200 characters");
        }
        String cpvPrefix = blankToNull(cpv);
        if (cpvPrefix != null && !cpvPrefix.matches("\\d{1,8}(-\\d)?")) {
            throw ProblemException.badRequest("cpv", "a CPV code or its leading digits, e.g. 4523 or 45233252-0");
        }
        BigDecimal min = decimal("valueMin", valueMin);
        BigDecimal max = decimal("valueMax", valueMax);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.badRequest("valueMin", "must not be greater than valueMax");
        }
        Instant from = instant("deadlineFrom", deadlineFrom, false);
        Instant to = instant("deadlineTo", deadlineTo, true);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badRequest("deadlineFrom", "must not be after deadlineTo");
        }
        return new NoticeSearch.Criteria(q, cpvPrefix, blankToNull(buyer), stages(status), from, to, min, max,
                sort(sort));
    }

    /** OCDS statuses ({@code active}) or stages ({@code tendering}), comma-separated. */
    static Set<TenderStage> stages(String status) {
        Set<TenderStage> stages = EnumSet.noneOf(TenderStage.class);
        if (blankToNull(status) == null) {
            return stages;
        }
        for (String code : status.split(",")) {
            String wanted = code.strip();
            Set<TenderStage> matching = Arrays.stream(TenderStage.values())
                    .filter(TenderStage::isPublic)
                    .filter(s -> s.ocdsStatus().equals(wanted) || s.statusDetails().equals(wanted))
                    .collect(Collectors.toSet());
            if (matching.isEmpty()) {
                throw ProblemException.badRequest("status", "'" + wanted + "' is neither an OCDS tender status"
                        + " (planning, active, complete, unsuccessful, cancelled) nor a stage (" + Arrays.stream(
                        TenderStage.values()).filter(TenderStage::isPublic).map(TenderStage::statusDetails)
                        .collect(Collectors.joining(", ")) + ")");
            }
            stages.addAll(matching);
        }
        return stages;
    }

    static NoticeSearch.SortOrder sort(String sort) {
        String value = blankToNull(sort);
        if (value == null) {
            return new NoticeSearch.SortOrder("published", true);
        }
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        if (!NoticeSearch.SortOrder.COLUMNS.containsKey(key)) {
            throw ProblemException.badRequest("sort", "sort by published, deadline, value or title;"
                    + " prefix '-' for descending, e.g. -published");
        }
        return new NoticeSearch.SortOrder(key, descending);
    }

    private static BigDecimal decimal(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() < 0 || amount.precision() - amount.scale() > 17) {
                throw ProblemException.badRequest(name, "must be an amount between 0 and 10^17");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "'" + value + "' is not a number, e.g. 250000 or 99.50");
        }
    }

    /** An instant, or a date meaning the start (from) or the end (to) of that day in UTC. */
    private static Instant instant(String name, String value, boolean endOfDay) {
        if (blankToNull(value) == null) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "'" + value + "' is neither a date (2026-12-31) nor a UTC"
                    + " time (2026-12-31T12:00:00Z)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
