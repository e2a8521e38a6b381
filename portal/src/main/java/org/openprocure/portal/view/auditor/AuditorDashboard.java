package org.openprocure.portal.view.auditor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openprocure.portal.client.Analytics;
import org.openprocure.portal.client.OrganizationReference;
import org.openprocure.portal.client.Value;
import org.openprocure.portal.i18n.AuditorMessages;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.Formats;

/**
 * The auditor's dashboard: the four charts' figures as tables (readable without JavaScript) and the same figures
 * as JSON for the page script that draws them, each bar or slice with the link of its drill-down.
 */
public record AuditorDashboard(AuditorQuery query, FormProblem problem, Analytics.Overview overview,
        Analytics.FlagSummary flags, boolean flagsUnavailable, List<SpendRow> spend, SingleBid singleBid,
        List<FlagRow> flagRows, List<ConcentrationRow> concentration, String chartData) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Awarded value of one month in one currency. */
    public record SpendRow(String month, String currency, BigDecimal amount, String amountText, long awards,
            String link) {
    }

    /** Processes with exactly one bid against those with more; {@code share} of the processes that had bids. */
    public record SingleBid(long processes, long withBids, long singleBid, long competitive, long withoutBids,
            Double share, String link) {
    }

    public record FlagRow(String code, String name, long count, String link) {
    }

    public record ConcentrationRow(OrganizationReference buyer, String currency, Double hhi,
            OrganizationReference topSupplier, Double topShare, String link) {
    }

    /** Filters refused before anything was asked: the form with the reason, no figures. */
    public static AuditorDashboard refused(AuditorQuery query, FormProblem problem) {
        return new AuditorDashboard(query, problem, null, null, false, List.of(), null, List.of(), List.of(), "{}");
    }

    public static AuditorDashboard of(AuditorQuery query, Analytics.Overview overview, Analytics.FlagSummary flags,
            Locale locale, AuditorMessages messages) {
        List<SpendRow> spend = overview.spendByMonth().stream()
                .filter(m -> m.month() != null)
                .map(m -> new SpendRow(m.month(), m.currency() == null ? "" : m.currency(), m.amount(),
                        Formats.money(new Value(m.amount(), m.currency()), locale), m.awards(),
                        query.drillDown("/auditor/processes", "month", m.month())))
                .toList();
        SingleBid singleBid = new SingleBid(overview.processes(), overview.withBids(), overview.singleBid(),
                Math.max(0, overview.withBids() - overview.singleBid()),
                Math.max(0, overview.processes() - overview.withBids()), overview.singleBidShare(),
                query.drillDown("/auditor/processes", "singleBid", "true"));
        List<FlagRow> flagRows = flags == null ? List.of() : flags.byCode().stream()
                .map(f -> new FlagRow(f.code(), f.name(), f.count(),
                        query.drillDown("/auditor/red-flags", "code", f.code())))
                .toList();
        List<ConcentrationRow> concentration = overview.concentration().stream()
                .map(c -> new ConcentrationRow(c.buyer(), c.currency(), c.hhi(), c.topSupplier(), c.topShare(),
                        c.buyer() == null || c.buyer().id() == null ? null
                                : "/auditor/buyers/" + AuditorQuery.encode(c.buyer().id())))
                .toList();
        String chartData = chartData(spend, singleBid, flagRows, concentration, messages);
        return new AuditorDashboard(query, null, overview, flags, flags == null, spend, singleBid, flagRows,
                concentration, chartData);
    }

    public String auditReportLink() {
        return query.linkTo("/auditor/audit-report.pdf");
    }

    /** The data the page script draws: months × currencies, two slices, bars by code, two bars per buyer. */
    static String chartData(List<SpendRow> spend, SingleBid singleBid, List<FlagRow> flagRows,
            List<ConcentrationRow> concentration, AuditorMessages messages) {
        Map<String, Object> data = new LinkedHashMap<>();

        List<String> months = new ArrayList<>(new TreeSet<>(spend.stream().map(SpendRow::month).toList()));
        List<String> currencies = new ArrayList<>(new TreeSet<>(spend.stream().map(SpendRow::currency).toList()));
        List<Object> spendSeries = new ArrayList<>();
        for (String currency : currencies) {
            List<Object> points = new ArrayList<>();
            for (String month : months) {
                SpendRow row = spend.stream().filter(r -> r.month().equals(month) && r.currency().equals(currency))
                        .findFirst().orElse(null);
                points.add(row == null ? null : point(row.amount(), row.link(), row.amountText()));
            }
            spendSeries.add(Map.of("name", currency, "data", points));
        }
        data.put("spend", Map.of("label", messages.chartSpendLabel(), "categories", months, "series", spendSeries));

        List<Object> slices = new ArrayList<>();
        if (singleBid != null) {
            Map<String, Object> single = new LinkedHashMap<>();
            single.put("name", messages.singleBidSlice());
            single.put("value", singleBid.singleBid());
            single.put("href", singleBid.link());
            slices.add(single);
            slices.add(Map.of("name", messages.competitiveSlice(), "value", singleBid.competitive()));
        }
        data.put("singleBid", Map.of("label", messages.chartSingleBidLabel(), "slices", slices));

        data.put("flags", Map.of("label", messages.chartFlagsLabel(),
                "categories", flagRows.stream().map(FlagRow::code).toList(),
                "series", List.of(Map.of("name", messages.flagCountHeader(),
                        "data", flagRows.stream().map(f -> point(f.count(), f.link(), f.name())).toList()))));

        List<String> buyers = concentration.stream()
                .map(c -> (c.buyer() == null || c.buyer().name() == null ? "?" : c.buyer().name())
                        + " (" + c.currency() + ")")
                .toList();
        data.put("concentration", Map.of("label", messages.chartConcentrationLabel(), "categories", buyers,
                "percent", true,
                "series", List.of(
                        Map.of("name", messages.hhiHeader(), "data",
                                concentration.stream().map(c -> point(percent(c.hhi()), c.link(), null)).toList()),
                        Map.of("name", messages.topShareHeader(), "data",
                                concentration.stream().map(c -> point(percent(c.topShare()), c.link(), null)).toList()))));
        try {
            return safeInScript(JSON.writeValueAsString(data));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Chart data of plain maps and lists could not be written", impossible);
        }
    }

    private static Map<String, Object> point(Object value, String link, String title) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("value", value);
        if (link != null) {
            point.put("href", link);
        }
        if (title != null) {
            point.put("title", title);
        }
        return point;
    }

    private static BigDecimal percent(Double share) {
        return share == null ? null : BigDecimal.valueOf(share).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /**
     * JSON placed inside a {@code <script>} element: {@code <}, {@code >} and {@code &} only occur inside strings
     * there, so writing them as escapes keeps a name like {@code </script>} from ending the element.
     */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
