package org.openprocure.portal.view;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openprocure.portal.client.NoticeSearch;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.i18n.AppMessages;

/**
 * The notice board's search fields as the visitor typed them. They go to tender-service as they are,
 * save that deadline dates become UTC instants covering whole days, and they stay in every page link
 * so paging keeps the search.
 */
public record NoticeFilter(
        String q,
        String cpv,
        String status,
        String deadlineFrom,
        String deadlineTo,
        String valueMin,
        String valueMax,
        String sort) {

    /** Public stages a visitor can filter by; drafts are never public. */
    public static final List<String> STATUSES = List.of("consultation", "tendering", "tenderingClosed", "evaluation",
            "awarded", "unsuccessful", "cancelled");

    /** The service's sort keys; "-" means descending, and newest first is its default. */
    public static final List<String> SORTS = List.of("-published", "published", "deadline", "-deadline", "value",
            "-value", "title");

    public NoticeFilter {
        q = Forms.trimmed(q);
        cpv = Forms.trimmed(cpv);
        status = Forms.trimmed(status);
        deadlineFrom = Forms.trimmed(deadlineFrom);
        deadlineTo = Forms.trimmed(deadlineTo);
        valueMin = Forms.trimmed(valueMin);
        valueMax = Forms.trimmed(valueMax);
        sort = Forms.trimmed(sort);
    }

    public static NoticeFilter none() {
        return new NoticeFilter(null, null, null, null, null, null, null, null);
    }

    public boolean active() {
        return !Forms.allBlank(q, cpv, status, deadlineFrom, deadlineTo, valueMin, valueMax, sort);
    }

    /** Fields the portal cannot turn into a search (a date or an amount it cannot read); null when none. */
    public FormProblem check(AppMessages messages) {
        List<FieldError> errors = new ArrayList<>();
        if (deadlineFrom != null && date(deadlineFrom) == null) {
            errors.add(new FieldError("deadlineFrom", messages.errorDate()));
        }
        if (deadlineTo != null && date(deadlineTo) == null) {
            errors.add(new FieldError("deadlineTo", messages.errorDate()));
        }
        if (valueMin != null && amount(valueMin) == null) {
            errors.add(new FieldError("valueMin", messages.errorNumber()));
        }
        if (valueMax != null && amount(valueMax) == null) {
            errors.add(new FieldError("valueMax", messages.errorNumber()));
        }
        return errors.isEmpty() ? null : FormProblem.local(errors);
    }

    /** The search for one page; dates cover whole UTC days, from the first second to the last. */
    public NoticeSearch toSearch(int page, int size) {
        LocalDate from = date(deadlineFrom);
        LocalDate to = date(deadlineTo);
        BigDecimal min = amount(valueMin);
        BigDecimal max = amount(valueMax);
        return new NoticeSearch(q, cpv, status,
                from == null ? null : from + "T00:00:00Z",
                to == null ? null : to + "T23:59:59Z",
                min == null ? null : min.toPlainString(),
                max == null ? null : max.toPlainString(),
                sort, page, size);
    }

    /** The board's address for a page of this search, e.g. {@code /?q=road&page=2}. */
    public String link(int page) {
        StringBuilder link = new StringBuilder("/?");
        parameters().forEach((name, value) -> link.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        return link.append("page=").append(page).toString();
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", q);
        put(parameters, "cpv", cpv);
        put(parameters, "status", status);
        put(parameters, "deadlineFrom", deadlineFrom);
        put(parameters, "deadlineTo", deadlineTo);
        put(parameters, "valueMin", valueMin);
        put(parameters, "valueMax", valueMax);
        put(parameters, "sort", sort);
        return parameters;
    }

    public List<String> statuses() {
        return STATUSES;
    }

    public List<String> sorts() {
        return SORTS;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static BigDecimal amount(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
