package org.openprocure.portal.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import jakarta.ws.rs.core.MultivaluedMap;

import org.openprocure.portal.client.CommitteeMember;
import org.openprocure.portal.client.Criterion;
import org.openprocure.portal.client.Item;
import org.openprocure.portal.client.Lot;
import org.openprocure.portal.client.OpeningCommittee;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.TenderTerms;
import org.openprocure.portal.client.TenderTerms.ItemTerms;
import org.openprocure.portal.client.TenderTerms.LotTerms;
import org.openprocure.portal.client.TenderView;
import org.openprocure.portal.i18n.AppMessages;

/**
 * The officer's tender form, used to draft, to edit a draft and to amend a published tender.
 * Input names are the paths of tender-service's body ({@code lots[0].items[1].classification}), so
 * the fields the service names in a refusal are the fields the form marks. Rows left empty are not
 * sent, and the rows that are sent move up, so the service's indexes and the form's agree.
 */
public record TenderForm(
        String title,
        String description,
        String procurementMethod,
        String procurementMethodRationale,
        String mainProcurementCategory,
        String currency,
        String awardCriteria,
        List<CriterionRow> criteria,
        List<LotRow> lots,
        String consultationEnd,
        String enquiryDeadline,
        String submissionDeadline,
        String openingDate,
        String bidValidityDays,
        String committeeThreshold,
        List<MemberRow> members,
        String reason,
        String bidsMustBeReconfirmed,
        FormProblem problem) {

    /** Rows offered for criteria, lots, items per lot and committee members. */
    public static final int ROWS = 5;

    /** A form never reads more rows than this, whatever a crafted request sends. */
    static final int MAX_ROWS = 50;

    public static final List<String> METHODS = List.of("open", "selective", "limited", "direct");
    public static final List<String> CATEGORIES = List.of("goods", "works", "services");
    public static final List<String> AWARD_CRITERIA = List.of("priceOnly", "ratedCriteria");
    public static final List<String> CRITERION_TYPES = List.of("price", "quality");

    public record CriterionRow(int index, String name, String type, String weight) {
        public String field(String part) {
            return "criteria[" + index + "]." + part;
        }

        boolean blank() {
            return Forms.allBlank(name, weight);
        }
    }

    public record ItemRow(int lotIndex, int index, String description, String quantity, String unit,
            String classification) {
        public String field(String part) {
            return "lots[" + lotIndex + "].items[" + index + "]." + part;
        }

        boolean blank() {
            return Forms.allBlank(description, quantity, unit, classification);
        }

        public int number() {
            return index + 1;
        }
    }

    public record LotRow(int index, String title, String description, String estimatedValue, List<ItemRow> items) {
        public String field(String part) {
            return "lots[" + index + "]." + part;
        }

        boolean blank() {
            return Forms.allBlank(title, description, estimatedValue) && items.stream().allMatch(ItemRow::blank);
        }

        public int number() {
            return index + 1;
        }
    }

    public record MemberRow(int index, String username, String name) {
        public String field(String part) {
            return "openingCommittee.members[" + index + "]." + part;
        }

        boolean blank() {
            return Forms.allBlank(username, name);
        }

        public int number() {
            return index + 1;
        }
    }

    /** What the form asked for, ready to send, or the fields the portal could not read. */
    public record Parsed(TenderTerms terms, FormProblem problem) {
    }

    public static TenderForm blank() {
        return new TenderForm(null, null, "open", null, null, "EUR", "priceOnly",
                pad(List.of(), ROWS, i -> new CriterionRow(i, null, null, null)),
                pad(List.of(), ROWS, TenderForm::blankLot),
                null, null, null, null, null, null,
                pad(List.of(), ROWS, i -> new MemberRow(i, null, null)),
                null, null, null);
    }

    /** The form filled in with a tender's current terms, to edit or amend them. */
    public static TenderForm of(TenderView tender) {
        List<CriterionRow> criteria = new ArrayList<>();
        for (Criterion criterion : tender.criteria()) {
            criteria.add(new CriterionRow(criteria.size(), criterion.name(), criterion.type(),
                    plain(criterion.weight())));
        }
        List<LotRow> lots = new ArrayList<>();
        for (Lot lot : tender.lots()) {
            int lotIndex = lots.size();
            List<ItemRow> items = new ArrayList<>();
            for (Item item : lot.items()) {
                items.add(new ItemRow(lotIndex, items.size(), item.description(), plain(item.quantity()), item.unit(),
                        item.classification() == null ? null : item.classification().id()));
            }
            lots.add(new LotRow(lotIndex, lot.title(), lot.description(),
                    lot.value() == null ? null : plain(lot.value().amount()),
                    pad(items, ROWS, i -> new ItemRow(lotIndex, i, null, null, null, null))));
        }
        List<MemberRow> members = new ArrayList<>();
        OpeningCommittee committee = tender.openingCommittee();
        if (committee != null) {
            for (CommitteeMember member : committee.members()) {
                members.add(new MemberRow(members.size(), member.username(), member.name()));
            }
        }
        return new TenderForm(tender.title(), tender.description(), tender.procurementMethod(),
                tender.procurementMethodRationale(), tender.mainProcurementCategory(),
                tender.value() == null ? null : tender.value().currency(), tender.awardCriteria(),
                pad(criteria, ROWS, i -> new CriterionRow(i, null, null, null)),
                pad(lots, ROWS, TenderForm::blankLot),
                Forms.datetimeLocal(tender.consultationPeriod() == null ? null : tender.consultationPeriod().endDate()),
                Forms.datetimeLocal(tender.enquiryDeadline()),
                Forms.datetimeLocal(tender.submissionDeadline()),
                Forms.datetimeLocal(tender.openingDate()),
                tender.bidValidityDays() == null ? null : tender.bidValidityDays().toString(),
                committee == null || committee.threshold() == null ? null : committee.threshold().toString(),
                pad(members, ROWS, i -> new MemberRow(i, null, null)),
                null, null, null);
    }

    /** The form as posted: rows left empty are dropped and the rest move up. */
    public static TenderForm parse(MultivaluedMap<String, String> form) {
        List<CriterionRow> criteria = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && present(form, "criteria[" + i + "]."); i++) {
            CriterionRow row = new CriterionRow(criteria.size(), Forms.first(form, "criteria[" + i + "].name"),
                    Forms.first(form, "criteria[" + i + "].type"), Forms.first(form, "criteria[" + i + "].weight"));
            if (!row.blank()) {
                criteria.add(row);
            }
        }
        List<LotRow> lots = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && present(form, "lots[" + i + "]."); i++) {
            int lotIndex = lots.size();
            List<ItemRow> items = new ArrayList<>();
            for (int j = 0; j < MAX_ROWS && present(form, "lots[" + i + "].items[" + j + "]."); j++) {
                String prefix = "lots[" + i + "].items[" + j + "].";
                ItemRow item = new ItemRow(lotIndex, items.size(), Forms.first(form, prefix + "description"),
                        Forms.first(form, prefix + "quantity"), Forms.first(form, prefix + "unit"),
                        Forms.first(form, prefix + "classification"));
                if (!item.blank()) {
                    items.add(item);
                }
            }
            String prefix = "lots[" + i + "].";
            LotRow lot = new LotRow(lotIndex, Forms.first(form, prefix + "title"),
                    Forms.first(form, prefix + "description"), Forms.first(form, prefix + "estimatedValue"),
                    pad(items, ROWS, j -> new ItemRow(lotIndex, j, null, null, null, null)));
            if (!lot.blank()) {
                lots.add(lot);
            }
        }
        List<MemberRow> members = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && present(form, "openingCommittee.members[" + i + "]."); i++) {
            String prefix = "openingCommittee.members[" + i + "].";
            MemberRow member = new MemberRow(members.size(), Forms.first(form, prefix + "username"),
                    Forms.first(form, prefix + "name"));
            if (!member.blank()) {
                members.add(member);
            }
        }
        return new TenderForm(Forms.first(form, "title"), Forms.first(form, "description"),
                Forms.first(form, "procurementMethod"), Forms.first(form, "procurementMethodRationale"),
                Forms.first(form, "mainProcurementCategory"), Forms.first(form, "currency"),
                Forms.first(form, "awardCriteria"),
                pad(criteria, ROWS, i -> new CriterionRow(i, null, null, null)),
                pad(lots, ROWS, TenderForm::blankLot),
                Forms.first(form, "consultationEnd"), Forms.first(form, "enquiryDeadline"),
                Forms.first(form, "submissionDeadline"), Forms.first(form, "openingDate"),
                Forms.first(form, "bidValidityDays"), Forms.first(form, "openingCommittee.threshold"),
                pad(members, ROWS, i -> new MemberRow(i, null, null)),
                Forms.first(form, "reason"), Forms.first(form, "bidsMustBeReconfirmed"), null);
    }

    public TenderForm refused(FormProblem refusal) {
        return new TenderForm(title, description, procurementMethod, procurementMethodRationale,
                mainProcurementCategory, currency, awardCriteria, criteria, lots, consultationEnd, enquiryDeadline,
                submissionDeadline, openingDate, bidValidityDays, committeeThreshold, members, reason,
                bidsMustBeReconfirmed, refusal);
    }

    /**
     * The body for tender-service. The portal checks only what it must convert (numbers and
     * date-times); every rule of procurement is the service's to check and to explain.
     */
    public Parsed toTerms(AppMessages messages) {
        List<FieldError> errors = new ArrayList<>();
        List<Criterion> sentCriteria = new ArrayList<>();
        for (CriterionRow row : criteria) {
            if (!row.blank()) {
                sentCriteria.add(new Criterion(Forms.trimmed(row.name()), Forms.trimmed(row.type()),
                        decimal(row.weight(), row.field("weight"), errors, messages)));
            }
        }
        List<LotTerms> sentLots = new ArrayList<>();
        for (LotRow lot : lots) {
            if (lot.blank()) {
                continue;
            }
            List<ItemTerms> items = new ArrayList<>();
            for (ItemRow item : lot.items()) {
                if (!item.blank()) {
                    items.add(new ItemTerms(Forms.trimmed(item.description()),
                            decimal(item.quantity(), item.field("quantity"), errors, messages),
                            Forms.trimmed(item.unit()), Forms.trimmed(item.classification())));
                }
            }
            sentLots.add(new LotTerms(Forms.trimmed(lot.title()), Forms.trimmed(lot.description()),
                    decimal(lot.estimatedValue(), lot.field("estimatedValue"), errors, messages), items));
        }
        List<CommitteeMember> sentMembers = members.stream()
                .filter(member -> !member.blank())
                .map(member -> new CommitteeMember(Forms.trimmed(member.username()), Forms.trimmed(member.name())))
                .toList();
        Integer threshold = integer(committeeThreshold, "openingCommittee.threshold", errors, messages);
        OpeningCommittee committee = threshold == null && sentMembers.isEmpty()
                ? null
                : new OpeningCommittee(threshold, sentMembers);
        TenderTerms terms = new TenderTerms(
                Forms.trimmed(title),
                Forms.trimmed(description),
                Forms.trimmed(procurementMethod),
                Forms.trimmed(procurementMethodRationale),
                Forms.trimmed(mainProcurementCategory),
                currency == null ? null : Forms.trimmed(currency.toUpperCase(Locale.ROOT)),
                Forms.trimmed(awardCriteria),
                sentCriteria,
                sentLots,
                instant(consultationEnd, "consultationEnd", errors, messages),
                instant(enquiryDeadline, "enquiryDeadline", errors, messages),
                instant(submissionDeadline, "submissionDeadline", errors, messages),
                instant(openingDate, "openingDate", errors, messages),
                integer(bidValidityDays, "bidValidityDays", errors, messages),
                committee);
        return new Parsed(terms, errors.isEmpty() ? null : FormProblem.local(errors));
    }

    /** An amendment must say why; the portal asks before sending. */
    public FieldError missingReason(AppMessages messages) {
        return Forms.trimmed(reason) == null ? new FieldError("reason", messages.errorReason()) : null;
    }

    /** Empty means "let tender-service decide from what changed". */
    public Boolean reconfirmation() {
        String choice = Forms.trimmed(bidsMustBeReconfirmed);
        return choice == null ? null : Boolean.valueOf(choice);
    }

    public String error(String field) {
        return problem == null ? null : problem.errorFor(field);
    }

    /** Errors about the committee as a whole (e.g. too few members for the threshold). */
    public String committeeError() {
        if (problem == null) {
            return null;
        }
        return problem.errors().stream()
                .filter(error -> "openingCommittee".equals(error.field())
                        || "openingCommittee.members".equals(error.field()))
                .map(FieldError::message)
                .reduce((first, second) -> first + " " + second)
                .orElse(null);
    }

    public String ownError(String field) {
        if (problem == null) {
            return null;
        }
        return problem.errors().stream()
                .filter(error -> field.equals(error.field()))
                .map(FieldError::message)
                .reduce((first, second) -> first + " " + second)
                .orElse(null);
    }

    private static LotRow blankLot(int index) {
        return new LotRow(index, null, null, null,
                pad(List.of(), ROWS, j -> new ItemRow(index, j, null, null, null, null)));
    }

    private static boolean present(MultivaluedMap<String, String> form, String prefix) {
        return form != null && form.keySet().stream().anyMatch(name -> name.startsWith(prefix));
    }

    private static <T> List<T> pad(List<T> rows, int minimum, IntFunction<T> blank) {
        List<T> padded = new ArrayList<>(rows);
        while (padded.size() < minimum) {
            padded.add(blank.apply(padded.size()));
        }
        return List.copyOf(padded);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal decimal(String value, String field, List<FieldError> errors, AppMessages messages) {
        String text = Forms.trimmed(value);
        if (text == null) {
            return null;
        }
        String normalised = text.replace(" ", "").replace("\u00a0", "");
        if (normalised.indexOf(',') >= 0 && normalised.indexOf('.') < 0) {
            normalised = normalised.replace(',', '.');
        }
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(field, messages.errorNumber()));
            return null;
        }
    }

    private static Integer integer(String value, String field, List<FieldError> errors, AppMessages messages) {
        String text = Forms.trimmed(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(field, messages.errorWholeNumber()));
            return null;
        }
    }

    private static Instant instant(String value, String field, List<FieldError> errors, AppMessages messages) {
        try {
            return Forms.utcInstant(value);
        } catch (DateTimeParseException notADateTime) {
            errors.add(new FieldError(field, messages.errorDateTime()));
            return null;
        }
    }
}
