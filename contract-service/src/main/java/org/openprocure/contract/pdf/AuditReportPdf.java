package org.openprocure.contract.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openprocure.contract.flags.AuditReport;
import org.openprocure.support.pdf.PdfDocument;

/**
 * The audit report on one buyer over a period: its figures, three charts drawn as vector graphics (the
 * awarded value by month, the red flags by code, the suppliers' shares) and every red flag with its
 * explanation and the threshold that fired. Equal figures give equal bytes.
 */
public final class AuditReportPdf {

    private static final float CHART_HEIGHT = 150;
    private static final float LABEL_SIZE = 7;
    private static final float BAR_GREY = 0.35f;
    private static final float AXIS_GREY = 0.6f;

    private AuditReportPdf() {
    }

    public static byte[] render(AuditReport r) {
        String subject = r.buyer().id() + " " + r.from() + " to " + r.to();
        try (PdfDocument pdf = PdfDocument.create("Audit report", subject, r.asOf())) {
            pdf.heading("Audit report: " + r.buyer().name())
                    .field("Buyer", r.buyer().name() + " (" + r.buyer().id() + ")")
                    .field("Period", r.from() + " to " + r.to() + " (UTC, both days included)")
                    .field("Data as of", r.asOf().toString());

            pdf.subheading("Processes by procurement method");
            pdf.paragraph("Processes whose notice was published in the period: " + r.processes()
                    + " (cancelled: " + r.cancelled() + ").");
            if (!r.processesByMethod().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                r.processesByMethod().forEach((method, count) -> rows.add(List.of(method, String.valueOf(count))));
                pdf.table(List.of("Procurement method", "Processes"), rows, 3, 1);
            }

            pdf.subheading("Awarded value by month");
            if (r.spendByMonth().isEmpty()) {
                pdf.paragraph("No award was confirmed in the period.");
            } else {
                pdf.table(List.of("Month", "Awarded value"), r.spendByMonth().stream()
                        .map(m -> List.of(m.month().toString(), money(m.amount(), m.currency()))).toList(), 1, 2);
                List<Bar> bars = r.spendByMonth().stream()
                        .map(m -> new Bar(m.month() + (multipleCurrencies(r) ? " " + m.currency() : ""),
                                m.amount().doubleValue(), m.amount().setScale(0, RoundingMode.HALF_EVEN).toPlainString()))
                        .toList();
                columns(pdf, "Awarded value by month", bars);
            }

            pdf.subheading("Competition");
            pdf.field("Processes opened", String.valueOf(r.opened()))
                    .field("Single-bid processes", r.singleBid() + " of " + r.opened() + " ("
                            + percent(r.singleBidPercent()) + ")");

            pdf.subheading("Suppliers' shares of the awarded value");
            if (r.suppliers().isEmpty()) {
                pdf.paragraph("No supplier was awarded in the period.");
            } else {
                pdf.table(List.of("Supplier", "Awarded value", "Share"), r.suppliers().stream()
                        .map(s -> List.of(s.name() + " (" + s.supplierId() + ")", money(s.amount(), s.currency()),
                                percent(s.percent()))).toList(), 4, 2, 1);
                pdf.field("HHI", String.format(Locale.ROOT, "%.0f of 10000", r.hhi()));
                shares(pdf, r.suppliers());
            }

            pdf.subheading("Contracts amended");
            if (r.amendments().isEmpty()) {
                pdf.paragraph("No contract of the period's processes was amended in value.");
            } else {
                pdf.table(List.of("Contract", "Supplier", "Awarded", "Now", "Change", "Times"),
                        r.amendments().stream().map(a -> List.of(a.contractId() + " (" + a.ocid() + ")", a.supplier(),
                                money(a.awarded(), a.currency()), money(a.current(), a.currency()),
                                (a.percent().signum() > 0 ? "+" : "") + a.percent().toPlainString() + " %",
                                String.valueOf(a.amendments()))).toList(), 4, 3, 2.6f, 2.6f, 1.6f, 1.2f);
            }

            pdf.subheading("Red flags");
            if (r.flags().isEmpty()) {
                pdf.paragraph("No red flag in the period.");
            } else {
                Map<String, Integer> byCode = new TreeMap<>();
                r.flags().forEach(f -> byCode.merge(f.code(), 1, Integer::sum));
                List<List<String>> rows = new ArrayList<>();
                byCode.forEach((code, count) -> rows.add(List.of(code, name(r, code), String.valueOf(count))));
                pdf.table(List.of("Code", "Red flag", "Count"), rows, 4, 5, 1);
                columns(pdf, "Red flags by code", byCode.entrySet().stream()
                        .map(e -> new Bar(e.getKey(), e.getValue(), String.valueOf(e.getValue()))).toList());
                for (AuditReport.ReportFlag f : r.flags()) {
                    pdf.paragraph(f.code() + " · " + f.name() + " · " + f.subject() + "\n" + f.explanation()
                            + "\nThreshold: " + f.threshold());
                }
            }
            return pdf.footer("Audit report · " + r.buyer().name() + " · " + r.from() + " to " + r.to()).toBytes();
        }
    }

    private record Bar(String label, double value, String text) {
    }

    /** A column chart: one bar per label, its value printed above it, labels below. */
    private static void columns(PdfDocument pdf, String title, List<Bar> bars) {
        StringBuilder description = new StringBuilder(title);
        bars.forEach(b -> description.append('\n').append(b.label()).append('=').append(b.text()));
        pdf.drawing(CHART_HEIGHT, description.toString(), canvas -> {
            float top = canvas.height() - 12;
            float base = 18;
            canvas.text(title, 0, canvas.height() - 8, 8, true);
            canvas.line(0, base, canvas.width(), base, AXIS_GREY);
            double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
            float slot = canvas.width() / bars.size();
            float barWidth = Math.min(40, slot * 0.6f);
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                float height = max <= 0 ? 0 : (float) ((top - base - 12) * bar.value() / max);
                float x = i * slot + (slot - barWidth) / 2;
                canvas.fill(x, base, barWidth, height, BAR_GREY);
                centred(canvas, bar.text(), x + barWidth / 2, base + height + 3);
                centred(canvas, bar.label(), x + barWidth / 2, base - 9);
            }
        });
    }

    /** The suppliers' shares as one bar of 100 %, segment by segment, with a legend. */
    private static void shares(PdfDocument pdf, List<AuditReport.SupplierShare> suppliers) {
        StringBuilder description = new StringBuilder("Suppliers' shares");
        suppliers.forEach(s -> description.append('\n').append(s.supplierId()).append('=').append(s.percent()));
        float height = 40 + 11 * suppliers.size();
        pdf.drawing(Math.min(height, 600), description.toString(), canvas -> {
            canvas.text("Suppliers' shares of the awarded value", 0, canvas.height() - 8, 8, true);
            float barTop = canvas.height() - 14;
            float barHeight = 16;
            float x = 0;
            double total = suppliers.stream().mapToDouble(AuditReport.SupplierShare::percent).sum();
            float legendY = barTop - barHeight - 12;
            for (int i = 0; i < suppliers.size(); i++) {
                AuditReport.SupplierShare s = suppliers.get(i);
                float grey = shade(i);
                float w = total <= 0 ? 0 : (float) (canvas.width() * s.percent() / total);
                canvas.fill(x, barTop - barHeight, w, barHeight, grey);
                x += w;
                if (legendY - 11 * i > 0) {
                    canvas.fill(0, legendY - 11 * i, 7, 7, grey);
                    canvas.text(s.name() + " " + percent(s.percent()), 11, legendY - 11 * i + 0.5f, LABEL_SIZE, false);
                }
            }
            canvas.line(0, barTop - barHeight, canvas.width(), barTop - barHeight, AXIS_GREY);
        });
    }

    private static float shade(int i) {
        return 0.15f + (i % 6) * 0.13f;
    }

    private static void centred(PdfDocument.Canvas canvas, String text, float centre, float baseline)
            throws IOException {
        canvas.text(text, centre - canvas.textWidth(text, LABEL_SIZE, false) / 2, baseline, LABEL_SIZE, false);
    }

    private static boolean multipleCurrencies(AuditReport r) {
        return r.spendByMonth().stream().map(AuditReport.MonthSpend::currency).distinct().count() > 1;
    }

    private static String name(AuditReport r, String code) {
        return r.flags().stream().filter(f -> f.code().equals(code)).map(AuditReport.ReportFlag::name).findFirst()
                .orElse(code);
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f %%", value);
    }
}
