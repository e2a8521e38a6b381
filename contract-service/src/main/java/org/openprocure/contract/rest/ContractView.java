package org.openprocure.contract.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.contract.contracts.ContractPayment;
import org.openprocure.contract.domain.ContractValueChange;
import org.openprocure.contract.service.ContractFile;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;

/** A contract as the API shows it to everyone. */
public record ContractView(UUID contractId, String ocid, String awardId, String lotId, String title,
        Organization buyer, Organization supplier, String status, String statusDetails, Money awardValue, Money value,
        Instant dateSigned, Period period, Document document, Money cumulativeChange,
        BigDecimal cumulativeChangePercent, List<Amendment> amendments, List<Milestone> milestones,
        List<Payment> payments, Money totalPaid, Instant dateCompleted, Instant dateTerminated,
        String terminationReason) {

    public record Document(String title, String fileName, long size, String sha256, String url) {
    }

    public record Amendment(int number, Instant date, String reason, Money previousValue, Money value,
            Period previousPeriod, Period period) {
    }

    public record Milestone(String milestoneId, String title, String description, Instant dueDate, String status,
            Instant dateMet) {
    }

    public record Payment(String paymentId, Instant date, Money value, String milestoneId, String description) {

        static Payment of(ContractPayment p, String currency) {
            return new Payment(p.paymentId, p.date, new Money(p.amount, currency), p.milestoneId, p.description);
        }
    }

    static ContractView of(ContractFile file) {
        Contract c = file.contract();
        ContractValueChange change = file.cumulativeChange();
        return new ContractView(c.contractId, c.ocid, c.awardId, c.lotId, c.title,
                c.buyerId == null ? null : new Organization(c.buyerId, c.buyerName),
                new Organization(c.supplierId, c.supplierName), c.status, c.statusDetails,
                new Money(c.awardAmount, c.currency), c.valueAmount == null ? null : new Money(c.valueAmount, c.currency),
                c.dateSigned, c.periodStart == null ? null : new Period(c.periodStart, c.periodEnd),
                c.documentId == null ? null : new Document(c.documentTitle, c.documentFileName, c.documentSize,
                        c.documentSha256, "/api/contracts/" + c.contractId + "/document"),
                change == null ? null : new Money(change.amount(), c.currency),
                change == null ? null : change.percent(),
                file.amendments().stream().map(a -> new Amendment(a.number, a.amendedAt, a.reason,
                        new Money(a.previousAmount, c.currency), new Money(a.valueAmount, c.currency),
                        new Period(a.previousStart, a.previousEnd), new Period(a.periodStart, a.periodEnd))).toList(),
                file.milestones().stream().map(m -> new Milestone(m.milestoneId, m.title, m.description, m.dueDate,
                        m.status, m.dateMet)).toList(),
                file.payments().stream().map(p -> Payment.of(p, c.currency)).toList(),
                new Money(file.totalPaid(), c.currency), c.dateCompleted, c.dateTerminated, c.terminationReason);
    }

    public record Page(List<ContractView> items, long total) {
    }
}
