package org.openprocure.portal.view.auditor;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.i18n.AuditorMessages;
import org.openprocure.portal.view.FormProblem;

/**
 * The filters of an auditor's page as they came in the query string: kept as typed so the form shows them again,
 * checked before anything is sent to contract-service, and turned back into links (paging, drill-downs, CSV).
 */
public final class AuditorQuery {

    /** The orders the award history offers; {@code -} is descending. */
    public static final List<String> AWARD_SORTS = List.of("-date", "date", "-value", "value");

    public static final int DEFAULT_SIZE = 20;

    private static final Pattern CPV = Pattern.compile("\\d{2,8}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    private final String path;
    private final Map<String, String> values;
    private final List<FieldError> errors;

    private AuditorQuery(String path, Map<String, String> values, List<FieldError> errors) {
        this.path = path;
        this.values = values;
        this.errors = errors;
    }

    /** The parameters named in {@code keys}, blank ones left out, each checked by its name. */
    public static AuditorQuery of(String path, Map<String, List<String>> parameters, List<String> keys,
            AuditorMessages messages) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            List<String> given = parameters.get(key);
            if (given != null && !given.isEmpty() && given.get(0) != null && !given.get(0).isBlank()) {
                values.put(key, given.get(0).strip());
            }
        }
        List<FieldError> errors = new ArrayList<>();
        values.forEach((key, value) -> {
            String message = check(key, value, messages);
            if (message != null) {
                errors.add(new FieldError(key, message));
            }
        });
        AuditorQuery query = new AuditorQuery(path, values, errors);
        query.checkRanges(messages);
        return query;
    }

    private static String check(String key, String value, AuditorMessages messages) {
        try {
            switch (key) {
                case "from", "to" -> LocalDate.parse(value);
                case "month" -> YearMonth.parse(value);
                case "page" -> {
                    if (Integer.parseInt(value) < 0) {
                        return messages.errorPage();
                    }
                }
                case "size" -> {
                    int size = Integer.parseInt(value);
                    if (size < 1 || size > 100) {
                        return messages.errorSize();
                    }
                }
                case "minValue", "maxValue" -> {
                    if (new BigDecimal(value).signum() < 0) {
                        return messages.errorAmount();
                    }
                }
                case "singleBid" -> {
                    if (!"true".equals(value) && !"false".equals(value)) {
                        return messages.errorSingleBid();
                    }
                }
                case "cpv" -> {
                    if (!CPV.matcher(value).matches()) {
                        return messages.errorCpv();
                    }
                }
                case "currency" -> {
                    if (!CURRENCY.matcher(value).matches()) {
                        return messages.errorCurrency();
                    }
                }
                case "sort" -> {
                    if (!AWARD_SORTS.contains(value)) {
                        return messages.errorSort();
                    }
                }
                default -> {
                    return null;
                }
            }
            return null;
        } catch (DateTimeParseException notADate) {
            return "month".equals(key) ? messages.errorMonth() : messages.errorDate();
        } catch (NumberFormatException notANumber) {
            return switch (key) {
                case "page" -> messages.errorPage();
                case "size" -> messages.errorSize();
                default -> messages.errorAmount();
            };
        }
    }

    private void checkRanges(AuditorMessages messages) {
        if (valid("from") && valid("to") && LocalDate.parse(values.get("from")).isAfter(LocalDate.parse(values.get("to")))) {
            errors.add(new FieldError("to", messages.errorPeriod()));
        }
        if (valid("minValue") && valid("maxValue")
                && new BigDecimal(values.get("minValue")).compareTo(new BigDecimal(values.get("maxValue"))) > 0) {
            errors.add(new FieldError("maxValue", messages.errorValueRange()));
        }
    }

    private boolean valid(String key) {
        return values.containsKey(key) && errors.stream().noneMatch(e -> key.equals(e.field()));
    }

    /** The value as typed, for the form; empty when not given. */
    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    /** The value to send, null when not given; call only when {@link #problem()} is null. */
    public String text(String key) {
        String value = values.get(key);
        return value != null && "currency".equals(key) ? value.toUpperCase(Locale.ROOT) : value;
    }

    public Boolean flag(String key) {
        String value = values.get(key);
        return value == null ? null : Boolean.valueOf(value);
    }

    public int page() {
        return values.containsKey("page") && valid("page") ? Integer.parseInt(values.get("page")) : 0;
    }

    public int size() {
        return values.containsKey("size") && valid("size") ? Integer.parseInt(values.get("size")) : DEFAULT_SIZE;
    }

    /** Whether any filter is set, paging aside. */
    public boolean active() {
        return values.keySet().stream().anyMatch(key -> !"page".equals(key) && !"size".equals(key));
    }

    /** What the portal itself refuses, never sent; null when every filter can be used. */
    public FormProblem problem() {
        return errors.isEmpty() ? null : FormProblem.local(errors);
    }

    public String errorFor(String key) {
        FormProblem problem = problem();
        return problem == null ? null : problem.errorFor(key);
    }

    /** This page with the same filters on page {@code page}. */
    public String link(int page) {
        Map<String, String> linked = new LinkedHashMap<>(values);
        linked.remove("page");
        if (page > 0) {
            linked.put("page", Integer.toString(page));
        }
        return link(path, linked);
    }

    /** The same filters (paging aside) on another path, e.g. the CSV of the award history. */
    public String linkTo(String otherPath) {
        Map<String, String> linked = new LinkedHashMap<>(values);
        linked.remove("page");
        linked.remove("size");
        return link(otherPath, linked);
    }

    /** A drill-down: {@code otherPath} with this page's buyer (if any) and the given parameter. */
    public String drillDown(String otherPath, String key, String value) {
        Map<String, String> linked = new LinkedHashMap<>();
        linked.put(key, value);
        if (values.containsKey("buyer")) {
            linked.put("buyer", values.get("buyer"));
        }
        return link(otherPath, linked);
    }

    static String link(String path, Map<String, String> parameters) {
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            link.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return link.toString();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
