package org.openprocure.contract.service;

import java.math.BigDecimal;
import java.time.Instant;

/** The bodies of the contract writes, as the API takes them; checked by the service, field by field. */
public final class ContractRequests {

    private ContractRequests() {
    }

    public record Amount(BigDecimal amount, String currency) {
    }

    public record Dates(Instant startDate, Instant endDate) {
    }

    public record Signature(Instant dateSigned, Amount value, Dates period, Document document) {
        public record Document(String title, String fileName, String content) {
        }
    }

    public record Amendment(String reason, Amount value, Dates period) {
    }

    public record Milestone(String title, String description, Instant dueDate, String status, Instant dateMet) {
    }

    public record Payment(Instant date, Amount value, String milestoneId, String description) {
    }

    public record Completion(Instant date) {
    }

    public record Termination(Instant date, String reason) {
    }
}
