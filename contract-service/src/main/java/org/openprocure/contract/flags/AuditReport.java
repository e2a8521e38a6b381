package org.openprocure.contract.flags;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openprocure.events.Organization;

/**
 * The figures of an audit report on one buyer over a period (days {@code from} to {@code to}, both
 * included, UTC): the processes whose notice was published in the period, by procurement method; the
 * awarded value confirmed in the period, by month; the share of opened processes with a single bid; the
 * suppliers' shares of the awarded value and its HHI; the contracts amended and by how much; and the
 * buyer's red flags of the period with their explanations.
 */
public record AuditReport(Organization buyer, LocalDate from, LocalDate to, Map<String, Long> processesByMethod,
        long processes, long cancelled, List<MonthSpend> spendByMonth, long opened, long singleBid,
        List<SupplierShare> suppliers, double hhi, List<Amendment> amendments, List<ReportFlag> flags,
        Instant asOf) {

    public record MonthSpend(YearMonth month, String currency, BigDecimal amount) {
    }

    /** A supplier's share of the awarded value in percent. */
    public record SupplierShare(String supplierId, String name, String currency, BigDecimal amount, double percent) {
    }

    public record Amendment(String ocid, String contractId, String supplier, String currency, BigDecimal awarded,
            BigDecimal current, BigDecimal percent, int amendments) {
    }

    public record ReportFlag(String code, String name, String subject, String explanation, String threshold) {
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Single-bid processes among those opened, in percent; 0 when none was opened. */
    public double singleBidPercent() {
        return opened == 0 ? 0 : 100.0 * singleBid / opened;
    }

    public static Instant start(LocalDate from) {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static Instant end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The report from the buyer's processes (any period: those outside it are left out here) and its flags
     * (already chosen for the period).
     */
    public static AuditReport of(Organization buyer, LocalDate from, LocalDate to, List<ProcessFacts> processes,
            List<ReportFlag> flags) {
        Instant start = start(from);
        Instant end = end(to);
        List<ProcessFacts> inPeriod = processes.stream()
                .filter(p -> p.buyer() != null && p.buyer().id().equals(buyer.id()) && p.publishedAt() != null
                        && !p.publishedAt().isBefore(start) && p.publishedAt().isBefore(end))
                .sorted(Comparator.comparing(ProcessFacts::ocid)).toList();
        Map<String, Long> byMethod = new TreeMap<>();
        long cancelled = 0;
        long opened = 0;
        long single = 0;
        Instant asOf = start;
        for (ProcessFacts p : inPeriod) {
            byMethod.merge(p.procurementMethod() == null ? "unknown" : p.procurementMethod(), 1L, Long::sum);
            cancelled += p.cancelled() ? 1 : 0;
            if (p.opening() != null) {
                opened++;
                single += p.opening().bids().size() == 1 ? 1 : 0;
            }
            if (p.lastEventAt() != null && p.lastEventAt().isAfter(asOf)) {
                asOf = p.lastEventAt();
            }
        }
        Map<String, BigDecimal> spend = new TreeMap<>();
        Map<String, BigDecimal> bySupplier = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (ProcessFacts p : processes) {
            if (p.buyer() == null || !p.buyer().id().equals(buyer.id())) {
                continue;
            }
            for (ProcessFacts.Award a : p.awards()) {
                if (a.value() == null || a.supplier() == null || a.confirmedAt() == null
                        || a.confirmedAt().isBefore(start) || !a.confirmedAt().isBefore(end)) {
                    continue;
                }
                String currency = a.value().currency();
                YearMonth month = YearMonth.from(a.confirmedAt().atZone(ZoneOffset.UTC));
                spend.merge(month + " " + currency, a.value().amount(), BigDecimal::add);
                bySupplier.merge(a.supplier().id() + " " + currency, a.value().amount(), BigDecimal::add);
                names.putIfAbsent(a.supplier().id(), a.supplier().name());
                totals.merge(currency, a.value().amount(), BigDecimal::add);
            }
        }
        List<MonthSpend> months = new ArrayList<>();
        spend.forEach((key, amount) -> {
            String[] parts = key.split(" ");
            months.add(new MonthSpend(YearMonth.parse(parts[0]), parts[1], amount));
        });
        List<SupplierShare> shares = new ArrayList<>();
        bySupplier.forEach((key, amount) -> {
            String[] parts = key.split(" ");
            BigDecimal total = totals.get(parts[1]);
            double percent = total.signum() == 0 ? 0
                    : amount.multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64).doubleValue();
            shares.add(new SupplierShare(parts[0], names.get(parts[0]), parts[1], amount, percent));
        });
        shares.sort(Comparator.comparing(SupplierShare::amount).reversed().thenComparing(SupplierShare::supplierId));
        // HHI over the suppliers' percentage shares (0–10 000), in the main currency of the period.
        String main = totals.entrySet().stream().max(Map.Entry.<String, BigDecimal>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
        double hhi = shares.stream().filter(s -> s.currency().equals(main)).mapToDouble(s -> s.percent() * s.percent())
                .sum();
        List<Amendment> amendments = new ArrayList<>();
        for (ProcessFacts p : inPeriod) {
            for (ProcessFacts.Contract c : p.contracts()) {
                if (c.amendments() == 0 || c.awardValue() == null || c.value() == null
                        || c.awardValue().amount().signum() <= 0) {
                    continue;
                }
                BigDecimal percent = c.value().amount().subtract(c.awardValue().amount()).multiply(BigDecimal.valueOf(100))
                        .divide(c.awardValue().amount(), 2, RoundingMode.HALF_EVEN);
                amendments.add(new Amendment(p.ocid(), c.contractId(), c.supplier() == null ? "" : c.supplier().name(),
                        c.value().currency(), c.awardValue().amount(), c.value().amount(), percent, c.amendments()));
            }
        }
        return new AuditReport(buyer, from, to, byMethod, inPeriod.size(), cancelled, months, opened, single, shares,
                hhi, amendments, List.copyOf(flags), asOf);
    }
}
