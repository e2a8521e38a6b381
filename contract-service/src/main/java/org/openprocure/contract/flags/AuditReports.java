package org.openprocure.contract.flags;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.openprocure.contract.pdf.AuditReportPdf;
import org.openprocure.events.Organization;

/** Audit reports on one buyer over a period, from the stored history and the last red-flag run. */
@ApplicationScoped
public class AuditReports {

    private final RedFlagService flags;

    AuditReports(RedFlagService flags) {
        this.flags = flags;
    }

    /** The report's figures; the buyer's name is the one its latest notice gives (its id if none was read). */
    public AuditReport report(String buyerId, LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ProcessFacts> processes = flags.processes().stream()
                    .filter(p -> p.buyer() != null && p.buyer().id().equals(buyerId)).toList();
            String name = processes.stream().filter(p -> p.lastEventAt() != null)
                    .max(java.util.Comparator.comparing(ProcessFacts::lastEventAt))
                    .map(p -> p.buyer().name()).orElse(buyerId);
            List<AuditReport.ReportFlag> reportFlags = flags.ofBuyer(buyerId, AuditReport.start(from),
                    AuditReport.end(to)).stream()
                    .map(f -> new AuditReport.ReportFlag(f.code, f.name,
                            (f.subjectName == null ? f.subjectId : f.subjectName)
                                    + (f.ocid == null ? "" : " (" + f.ocid + ")"),
                            f.explanation, f.threshold))
                    .toList();
            return AuditReport.of(new Organization(buyerId, name), from, to, processes, reportFlags);
        });
    }

    public byte[] pdf(String buyerId, LocalDate from, LocalDate to) {
        return AuditReportPdf.render(report(buyerId, from, to));
    }
}
