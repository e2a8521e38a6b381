package org.openprocure.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openprocure.contract.analytics.Award;
import org.openprocure.contract.service.ReadModelQueries;
import org.openprocure.contract.service.ReadModelQueries.Filter;
import org.openprocure.contract.service.ReadModelQueries.Row;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;

/**
 * The analytics read models across processes, for auditors: award histories (JSON and CSV), buyers,
 * suppliers, CPV divisions and the overview. One class for the paths under {@code /api/analytics} that
 * have no class of their own.
 */
@Path("/api/analytics")
@RolesAllowed("auditor")
public class AnalyticsResource {

    private static final Set<String> STATUSES = Set.of(Award.PENDING, Award.ACTIVE, Award.CANCELLED,
            Award.UNSUCCESSFUL);
    private static final Map<String, String> SORTS = Map.of(
            "date", "a.award_date asc", "-date", "a.award_date desc",
            "value", "a.value_amount asc nulls last", "-value", "a.value_amount desc nulls last",
            "supplier", "a.supplier_name asc nulls last", "buyer", "a.buyer_name asc nulls last");
    private static final String AWARD_ROWS = "select a.ocid, a.award_id, a.lot_id, a.bid_id, a.buyer_id, a.buyer_name,"
            + " a.supplier_id, a.supplier_name, a.value_amount, a.currency, a.status, a.status_reason, a.award_date,"
            + " a.proposed_at, a.confirmed_at, a.cancelled_at, p.cpv_division, p.procurement_method, p.title"
            + " from award a left join process p on p.ocid = a.ocid";

    private final ReadModelQueries queries;

    AnalyticsResource(ReadModelQueries queries) {
        this.queries = queries;
    }

    /** One award of a history; {@code supplier} and {@code value} are null for an unsuccessful lot. */
    public record AwardEntry(String ocid, String awardId, String lotId, String bidId, Organization buyer,
            Organization supplier, Money value, String status, String statusReason, Instant date,
            Instant proposedAt, Instant confirmedAt, Instant cancelledAt, String cpvDivision,
            String procurementMethod, String title) {

        static AwardEntry of(Row r) {
            return new AwardEntry(r.text("ocid"), r.text("award_id"), r.text("lot_id"), r.text("bid_id"),
                    organisation(r.text("buyer_id"), r.text("buyer_name")),
                    organisation(r.text("supplier_id"), r.text("supplier_name")),
                    money(r.decimal("value_amount"), r.text("currency")), r.text("status"), r.text("status_reason"),
                    r.instant("award_date"), r.instant("proposed_at"), r.instant("confirmed_at"),
                    r.instant("cancelled_at"), r.text("cpv_division"), r.text("procurement_method"), r.text("title"));
        }
    }

    public record AwardHistory(List<AwardEntry> items, long total) {
    }

    @GET
    @Path("awards")
    @Produces(MediaType.APPLICATION_JSON)
    public AwardHistory awards(@QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier,
            @QueryParam("status") String status, @QueryParam("cpv") String cpv, @QueryParam("method") String method,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("minValue") String minValue,
            @QueryParam("maxValue") String maxValue, @QueryParam("currency") String currency,
            @QueryParam("sort") String sort, @QueryParam("page") String pageParam,
            @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        Filter filter = awardFilter(buyer, supplier, status, cpv, method, from, to, minValue, maxValue, currency);
        String order = order(sort);
        long total = queries.count("select count(*) as count from award a left join process p on p.ocid = a.ocid"
                + " {where}", filter);
        List<AwardEntry> items = queries.list(AWARD_ROWS + " {where} order by " + order + " limit ? offset ?",
                filter, size, (long) page * size).stream().map(AwardEntry::of).toList();
        return new AwardHistory(items, total);
    }

    /** Every award the same filters select, as CSV (RFC 4180) with a header row. */
    @GET
    @Path("awards.csv")
    @Produces("text/csv")
    public Response awardsCsv(@QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier,
            @QueryParam("status") String status, @QueryParam("cpv") String cpv, @QueryParam("method") String method,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("minValue") String minValue,
            @QueryParam("maxValue") String maxValue, @QueryParam("currency") String currency,
            @QueryParam("sort") String sort) {
        Filter filter = awardFilter(buyer, supplier, status, cpv, method, from, to, minValue, maxValue, currency);
        StringBuilder csv = new StringBuilder();
        line(csv, "ocid", "awardId", "lotId", "bidId", "title", "buyerId", "buyerName", "supplierId", "supplierName",
                "amount", "currency", "status", "statusReason", "date", "proposedAt", "confirmedAt", "cancelledAt",
                "cpvDivision", "procurementMethod");
        for (Row r : queries.list(AWARD_ROWS + " {where} order by " + order(sort), filter)) {
            line(csv, r.text("ocid"), r.text("award_id"), r.text("lot_id"), r.text("bid_id"), r.text("title"),
                    r.text("buyer_id"), r.text("buyer_name"), r.text("supplier_id"), r.text("supplier_name"),
                    r.decimal("value_amount") == null ? null : r.decimal("value_amount").toPlainString(),
                    r.text("currency"), r.text("status"), r.text("status_reason"), text(r.instant("award_date")),
                    text(r.instant("proposed_at")), text(r.instant("confirmed_at")), text(r.instant("cancelled_at")),
                    r.text("cpv_division"), r.text("procurement_method"));
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"awards.csv\"").build();
    }

    // ---- suppliers ----

    public record SupplierEntry(Organization supplier, long bids, long processes, long wins, long buyers) {
    }

    public record SupplierList(List<SupplierEntry> items, long total) {
    }

    public record BuyerShare(Organization buyer, long wins, BigDecimal amount, String currency,
            BigDecimal shareOfBuyerSpend) {
    }

    public record MethodWins(String method, long wins) {
    }

    public record SupplierProfile(Organization supplier, long bids, long processes, long wins, BigDecimal winRate,
            List<Money> awardedValue, List<BuyerShare> buyers, List<MethodWins> procedures) {
    }

    @GET
    @Path("suppliers")
    @Produces(MediaType.APPLICATION_JSON)
    public SupplierList suppliers(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        long total = queries.count("select count(*) as count from analytics_supplier {where}", new Filter());
        List<SupplierEntry> items = queries.list("select * from analytics_supplier order by wins desc, supplier_id"
                + " limit ? offset ?", List.of(size, (long) page * size)).stream()
                .map(r -> new SupplierEntry(organisation(r.text("supplier_id"), r.text("supplier_name")),
                        r.number("lots_bid"), r.number("processes_bid"), r.number("wins"), r.number("buyers")))
                .toList();
        return new SupplierList(items, total);
    }

    @GET
    @Path("suppliers/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SupplierProfile supplier(@PathParam("id") String idParam) {
        String id = AnalyticsParams.organisation("id", idParam);
        Row s = queries.one("select * from analytics_supplier where supplier_id = ?", id)
                .orElseThrow(() -> ProblemException.notFound("No supplier " + id + " in the read models."));
        long bids = s.number("lots_bid");
        long wins = s.number("wins");
        List<Money> awarded = queries.list("select currency, sum(value_amount) as amount from award"
                        + " where supplier_id = ? and status = 'active' group by currency order by currency", List.of(id))
                .stream().map(r -> new Money(r.decimal("amount"), r.text("currency"))).toList();
        List<BuyerShare> buyers = queries.list("select a.buyer_id, max(a.buyer_name) as buyer_name, a.currency,"
                        + " count(*) as wins, sum(a.value_amount) as amount,"
                        + " (select sum(b.value_amount) from award b where b.buyer_id = a.buyer_id"
                        + " and b.currency = a.currency and b.status = 'active') as spend"
                        + " from award a where a.supplier_id = ? and a.status = 'active' and a.buyer_id is not null"
                        + " group by a.buyer_id, a.currency order by amount desc, a.buyer_id, a.currency", List.of(id))
                .stream().map(r -> new BuyerShare(organisation(r.text("buyer_id"), r.text("buyer_name")),
                        r.number("wins"), r.decimal("amount"), r.text("currency"),
                        ReadModelQueries.share(r.decimal("amount"), r.decimal("spend"))))
                .toList();
        List<MethodWins> procedures = queries.list("select p.procurement_method as method, count(*) as wins"
                        + " from award a join process p on p.ocid = a.ocid where a.supplier_id = ? and a.status = 'active'"
                        + " group by p.procurement_method order by wins desc, method", List.of(id))
                .stream().map(r -> new MethodWins(r.text("method"), r.number("wins"))).toList();
        return new SupplierProfile(organisation(id, s.text("supplier_name")), bids, s.number("processes_bid"), wins,
                bids == 0 ? null : ReadModelQueries.share(wins, bids), awarded, buyers, procedures);
    }

    // ---- buyers ----

    public record BuyerEntry(Organization buyer, long processes, long nonOpenProcesses, long processesWithBids,
            long singleBidProcesses, long activeAwards, Instant lastEventAt) {
    }

    public record BuyerList(List<BuyerEntry> items, long total) {
    }

    public record MethodProcesses(String method, long processes) {
    }

    public record SupplierShare(Organization supplier, long wins, BigDecimal amount, String currency,
            BigDecimal share) {
    }

    public record BuyerProfile(Organization buyer, long processes, List<MethodProcesses> byMethod,
            BigDecimal nonOpenShare, List<Money> spend, long singleBidProcesses, BigDecimal singleBidShare,
            List<SupplierShare> suppliers, BigDecimal topSupplierShare, BigDecimal hhi) {
    }

    @GET
    @Path("buyers")
    @Produces(MediaType.APPLICATION_JSON)
    public BuyerList buyers(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        long total = queries.count("select count(*) as count from analytics_buyer {where}", new Filter());
        List<BuyerEntry> items = queries.list("select * from analytics_buyer order by processes desc, buyer_id"
                + " limit ? offset ?", List.of(size, (long) page * size)).stream()
                .map(r -> new BuyerEntry(organisation(r.text("buyer_id"), r.text("buyer_name")), r.number("processes"),
                        r.number("non_open_processes"), r.number("processes_with_bids"),
                        r.number("single_bid_processes"), r.number("active_awards"), r.instant("last_event_at")))
                .toList();
        return new BuyerList(items, total);
    }

    /**
     * A buyer's profile. {@code topSupplierShare} and {@code hhi} are over its active awards in the currency
     * it spent most in (by number of awards, then by code).
     */
    @GET
    @Path("buyers/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public BuyerProfile buyer(@PathParam("id") String idParam) {
        String id = AnalyticsParams.organisation("id", idParam);
        Row b = queries.one("select * from analytics_buyer where buyer_id = ?", id)
                .orElseThrow(() -> ProblemException.notFound("No buyer " + id + " in the read models."));
        long processes = b.number("processes");
        List<MethodProcesses> byMethod = queries.list("select procurement_method as method, count(*) as processes"
                        + " from process where buyer_id = ? group by procurement_method order by processes desc, method",
                List.of(id)).stream().map(r -> new MethodProcesses(r.text("method"), r.number("processes"))).toList();
        List<Row> bySupplier = queries.list("select supplier_id, max(supplier_name) as supplier_name, currency,"
                + " count(*) as wins, sum(value_amount) as amount from award where buyer_id = ? and status = 'active'"
                + " and supplier_id is not null group by supplier_id, currency"
                + " order by amount desc, supplier_id, currency", List.of(id));
        Map<String, BigDecimal> spendBy = new LinkedHashMap<>();
        Map<String, Long> awardsBy = new LinkedHashMap<>();
        for (Row r : bySupplier) {
            spendBy.merge(r.text("currency"), r.decimal("amount"), BigDecimal::add);
            awardsBy.merge(r.text("currency"), r.number("wins"), Long::sum);
        }
        List<Money> spend = spendBy.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Money(e.getValue(), e.getKey())).toList();
        List<SupplierShare> suppliers = bySupplier.stream().map(r -> new SupplierShare(
                organisation(r.text("supplier_id"), r.text("supplier_name")), r.number("wins"), r.decimal("amount"),
                r.text("currency"), ReadModelQueries.share(r.decimal("amount"), spendBy.get(r.text("currency")))))
                .toList();
        String main = awardsBy.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        List<BigDecimal> mainAmounts = bySupplier.stream().filter(r -> r.text("currency").equals(main))
                .map(r -> r.decimal("amount")).toList();
        BigDecimal top = main == null ? null
                : ReadModelQueries.share(mainAmounts.get(0), spendBy.get(main));
        return new BuyerProfile(organisation(id, b.text("buyer_name")), processes, byMethod,
                ReadModelQueries.share(b.number("non_open_processes"), processes), spend,
                b.number("single_bid_processes"),
                ReadModelQueries.share(b.number("single_bid_processes"), b.number("processes_with_bids")), suppliers,
                top, main == null ? null : ReadModelQueries.hhi(mainAmounts));
    }

    // ---- CPV divisions ----

    public record DivisionEntry(String cpvDivision, long processes, long processesWithBids, long singleBidProcesses,
            long activeAwards, long buyers) {
    }

    public record DivisionList(List<DivisionEntry> items, long total) {
    }

    @GET
    @Path("cpv-divisions")
    @Produces(MediaType.APPLICATION_JSON)
    public DivisionList divisions(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        long total = queries.count("select count(*) as count from analytics_cpv_division {where}", new Filter());
        List<DivisionEntry> items = queries.list("select * from analytics_cpv_division order by cpv_division"
                + " limit ? offset ?", List.of(size, (long) page * size)).stream()
                .map(r -> new DivisionEntry(r.text("cpv_division"), r.number("processes"),
                        r.number("processes_with_bids"), r.number("single_bid_processes"), r.number("active_awards"),
                        r.number("buyers")))
                .toList();
        return new DivisionList(items, total);
    }

    // ---- overview ----

    public record MonthSpend(String month, String currency, BigDecimal amount, long awards) {
    }

    public record Concentration(Organization buyer, String currency, BigDecimal hhi, Organization topSupplier,
            BigDecimal topShare) {
    }

    public record Overview(List<MonthSpend> spendByMonth, long processes, long withBids, long singleBid,
            BigDecimal singleBidShare, List<Concentration> concentration) {
    }

    /**
     * Spend (active awards by the month of their award date, UTC), competition (processes published in the
     * period) and each buyer's concentration on its suppliers, per currency.
     */
    @GET
    @Path("overview")
    @Produces(MediaType.APPLICATION_JSON)
    public Overview overview(@QueryParam("buyer") String buyerParam, @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam) {
        String buyer = AnalyticsParams.organisation("buyer", buyerParam);
        Instant from = AnalyticsParams.instant("from", fromParam, false);
        Instant to = AnalyticsParams.instant("to", toParam, true);
        Filter awards = new Filter().and("a.status = 'active'").and("a.value_amount is not null");
        Filter processes = new Filter();
        if (buyer != null) {
            awards.and("a.buyer_id = ?", buyer);
            processes.and("p.buyer_id = ?", buyer);
        }
        if (from != null) {
            awards.and("a.award_date >= ?", from);
            processes.and("p.published_at >= ?", from);
        }
        if (to != null) {
            awards.and("a.award_date " + (toParam.strip().length() == 10 ? "<" : "<=") + " ?", to);
            processes.and("p.published_at " + (toParam.strip().length() == 10 ? "<" : "<=") + " ?", to);
        }
        List<MonthSpend> spend = queries.list("select to_char(a.award_date at time zone 'UTC', 'YYYY-MM') as month,"
                        + " a.currency, sum(a.value_amount) as amount, count(*) as awards from award a {where}"
                        + " group by month, a.currency order by month, a.currency", awards).stream()
                .map(r -> new MonthSpend(r.text("month"), r.text("currency"), r.decimal("amount"), r.number("awards")))
                .toList();
        Row counts = queries.list("select count(*) as processes,"
                + " count(*) filter (where p.number_of_tenderers > 0) as with_bids,"
                + " count(*) filter (where p.number_of_tenderers = 1) as single_bid from process p {where}",
                processes).get(0);
        List<Concentration> concentration = new ArrayList<>();
        String key = null;
        List<Row> group = new ArrayList<>();
        for (Row r : queries.list("select a.buyer_id, max(a.buyer_name) as buyer_name, a.currency, a.supplier_id,"
                + " max(a.supplier_name) as supplier_name, sum(a.value_amount) as amount from award a {where}"
                + " and a.buyer_id is not null and a.supplier_id is not null"
                + " group by a.buyer_id, a.currency, a.supplier_id order by a.buyer_id, a.currency, amount desc,"
                + " a.supplier_id", awards)) {
            String k = r.text("buyer_id") + "/" + r.text("currency");
            if (!k.equals(key) && !group.isEmpty()) {
                concentration.add(concentration(group));
                group = new ArrayList<>();
            }
            key = k;
            group.add(r);
        }
        if (!group.isEmpty()) {
            concentration.add(concentration(group));
        }
        return new Overview(spend, counts.number("processes"), counts.number("with_bids"),
                counts.number("single_bid"),
                ReadModelQueries.share(counts.number("single_bid"), counts.number("with_bids")), concentration);
    }

    /** One buyer's suppliers in one currency, the largest first. */
    private static Concentration concentration(List<Row> group) {
        List<BigDecimal> amounts = group.stream().map(r -> r.decimal("amount")).toList();
        BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Row top = group.get(0);
        return new Concentration(organisation(top.text("buyer_id"), top.text("buyer_name")), top.text("currency"),
                ReadModelQueries.hhi(amounts), organisation(top.text("supplier_id"), top.text("supplier_name")),
                ReadModelQueries.share(top.decimal("amount"), total));
    }

    // ---- helpers ----

    private static Filter awardFilter(String buyer, String supplier, String status, String cpv, String method,
            String from, String to, String minValue, String maxValue, String currency) {
        Filter filter = new Filter();
        String buyerId = AnalyticsParams.organisation("buyer", buyer);
        String supplierId = AnalyticsParams.organisation("supplier", supplier);
        Set<String> statuses = AnalyticsParams.codes("status", status, STATUSES, "an award status");
        String cpvPrefix = AnalyticsParams.cpv(cpv);
        String methodCode = AnalyticsParams.method(method);
        Instant fromAt = AnalyticsParams.instant("from", from, false);
        Instant toAt = AnalyticsParams.instant("to", to, true);
        BigDecimal min = AnalyticsParams.amount("minValue", minValue);
        BigDecimal max = AnalyticsParams.amount("maxValue", maxValue);
        String currencyCode = AnalyticsParams.currency(currency);
        if ((min != null || max != null) && currencyCode == null) {
            throw ProblemException.badRequest("currency", "minValue and maxValue need the currency they are in");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.badRequest("maxValue", "maxValue is below minValue");
        }
        if (buyerId != null) {
            filter.and("a.buyer_id = ?", buyerId);
        }
        if (supplierId != null) {
            filter.and("a.supplier_id = ?", supplierId);
        }
        if (!statuses.isEmpty()) {
            filter.and("a.status = any(?)", (Object) statuses.toArray(String[]::new));
        }
        if (cpvPrefix != null) {
            filter.and("p.main_cpv_code like ?", cpvPrefix + "%");
        }
        if (methodCode != null) {
            filter.and("p.procurement_method = ?", methodCode);
        }
        if (fromAt != null) {
            filter.and("a.award_date >= ?", fromAt);
        }
        if (toAt != null) {
            filter.and("a.award_date " + (to.strip().length() == 10 ? "<" : "<=") + " ?", toAt);
        }
        if (currencyCode != null) {
            filter.and("a.currency = ?", currencyCode);
        }
        if (min != null) {
            filter.and("a.value_amount >= ?", min);
        }
        if (max != null) {
            filter.and("a.value_amount <= ?", max);
        }
        return filter;
    }

    private static String order(String sort) {
        String wanted = sort == null || sort.isBlank() ? "-date" : sort.strip();
        String order = SORTS.get(wanted);
        if (order == null) {
            throw ProblemException.badRequest("sort", "'" + sort + "' is not a sort order"
                    + " (date, -date, value, -value, supplier, buyer)");
        }
        return order + ", a.ocid, a.award_id";
    }

    static Organization organisation(String id, String name) {
        return id == null ? null : new Organization(id, name);
    }

    static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** One CSV record, RFC 4180: fields with a comma, quote or line break quoted, quotes doubled, CRLF. */
    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields[i];
            if (field == null) {
                continue;
            }
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }
}
