package org.openprocure.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** What a contract's writes must satisfy; plain checks, each naming the field it refuses. */
public final class ContractRules {

    public static final Set<String> MILESTONE_STATUSES = Set.of("scheduled", "met", "notMet");
    /** numeric(19,2): 17 digits before the point. */
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("99999999999999999.99");

    private ContractRules() {
    }

    /** Refuses a step unless the contract is in the status it needs. */
    public static void requireStatus(String status, String required, String step) {
        if (!required.equals(status)) {
            throw new ContractStepRefused("The contract is " + status + "; it can " + step + " only while "
                    + required + ".");
        }
    }

    /** A positive amount with at most 2 decimals, in the contract's currency. */
    public static void amount(String field, BigDecimal amount, String currency, String contractCurrency) {
        if (amount == null) {
            throw new ContractRuleViolation(field + ".amount", "is required");
        }
        if (amount.signum() <= 0) {
            throw new ContractRuleViolation(field + ".amount", "must be positive, not " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ContractRuleViolation(field + ".amount", "must have at most 2 decimals");
        }
        if (amount.compareTo(LARGEST_AMOUNT) > 0) {
            throw new ContractRuleViolation(field + ".amount", "must be at most " + LARGEST_AMOUNT.toPlainString());
        }
        if (currency == null) {
            throw new ContractRuleViolation(field + ".currency", "is required");
        }
        if (!contractCurrency.equals(currency)) {
            throw new ContractRuleViolation(field + ".currency", "must be the contract's currency, "
                    + contractCurrency + ", not " + currency);
        }
    }

    /** Both ends given, the end after the start. */
    public static void period(String field, Instant startDate, Instant endDate) {
        if (startDate == null) {
            throw new ContractRuleViolation(field + ".startDate", "is required");
        }
        if (endDate == null) {
            throw new ContractRuleViolation(field + ".endDate", "is required");
        }
        if (!endDate.isAfter(startDate)) {
            throw new ContractRuleViolation(field + ".endDate", "must be after the startDate " + startDate);
        }
    }

    /** A date something happened: given, not later than now, not before {@code earliest} if there is one. */
    public static void pastDate(String field, Instant date, Instant now, Instant earliest, String earliestName) {
        if (date == null) {
            throw new ContractRuleViolation(field, "is required");
        }
        if (date.isAfter(now)) {
            throw new ContractRuleViolation(field, "must not be in the future (now is " + now + ")");
        }
        if (earliest != null && date.isBefore(earliest)) {
            throw new ContractRuleViolation(field, "must not be before " + earliestName + " " + earliest);
        }
    }

    /** Text that must be there, within a length. */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ContractRuleViolation(field, "is required");
        }
        return optionalText(field, value, max);
    }

    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new ContractRuleViolation(field, "must be at most " + max + " characters");
        }
        return text;
    }

    /** An OCDS milestoneStatus; {@code dateMet} exactly when it is met, and not in the future. */
    public static void milestone(String status, Instant dateMet, Instant now) {
        if (status == null || !MILESTONE_STATUSES.contains(status)) {
            throw new ContractRuleViolation("status", (status == null ? "is required"
                    : "'" + status + "' is not a milestone status") + " (scheduled, met, notMet)");
        }
        if ("met".equals(status)) {
            pastDate("dateMet", dateMet, now, null, null);
        } else if (dateMet != null) {
            throw new ContractRuleViolation("dateMet", "is only for a met milestone");
        }
    }
}
