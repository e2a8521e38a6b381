package org.openprocure.portal.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.openprocure.portal.client.BidAnswer;
import org.openprocure.portal.client.BidOffer;
import org.openprocure.portal.client.BidOffer.BidDocument;
import org.openprocure.portal.client.BidOffer.LotOffer;
import org.openprocure.portal.client.Criterion;
import org.openprocure.portal.client.Lot;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.Value;
import org.openprocure.portal.i18n.BidMessages;

/**
 * A supplier's bid as the form holds it: a price per lot ({@code lot.<lotId>.amount}), one currency,
 * an answer per quality criterion ({@code answers[i].text}, in the notice's order), up to
 * {@link #DOCUMENT_ROWS} PDFs ({@code documents[i].title}, {@code documents[i].file}), and the
 * Idempotency-Key of this rendering of the form, so that the same form sent twice makes one bid.
 * Lots left empty and rows without a file are not sent; bid-service's field paths, which count what
 * was sent, are turned back into the form's fields.
 */
public record BidForm(Map<String, String> amounts, String currency, List<String> answers, List<String> documentTitles,
        List<Upload> uploads, String idempotencyKey, FormProblem problem) {

    public static final int DOCUMENT_ROWS = 3;

    private static final Pattern LOT_PATH = Pattern.compile("lots\\[(\\d+)]\\.?(.*)");
    private static final Pattern DOCUMENT_PATH = Pattern.compile("documents\\[(\\d+)]\\.?(.*)");

    /** A file the browser sent: its name and bytes; null name or no bytes when none was chosen. */
    public record Upload(String fileName, byte[] content) {

        boolean chosen() {
            return fileName != null && !fileName.isBlank() && content != null && content.length > 0;
        }
    }

    /** The offer to send, and which form rows it was made of; or the portal's own reasons not to send it. */
    public record Parsed(BidOffer offer, List<String> sentLots, List<Integer> sentDocuments, FormProblem problem) {
    }

    /** Fields left empty are kept as null, so the lists hold nulls and are copied as such. */
    public BidForm {
        amounts = amounts == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(amounts));
        answers = answers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(answers));
        documentTitles = documentTitles == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(documentTitles));
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
    }

    /** An empty form with a key of its own; prices are asked in the tender's currency. */
    public static BidForm blank(String currency) {
        return new BidForm(Map.of(), currency, List.of(), List.of(), List.of(), freshKey(), null);
    }

    public static BidForm of(MultivaluedMap<String, String> fields, Map<String, Upload> files) {
        Map<String, String> amounts = new HashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("lot.") && name.endsWith(".amount") && values != null && !values.isEmpty()) {
                amounts.put(name.substring(4, name.length() - ".amount".length()), values.get(0));
            }
        });
        List<String> answers = new ArrayList<>();
        for (int i = 0; fields.containsKey(answerField(i)); i++) {
            answers.add(Forms.first(fields, answerField(i)));
        }
        List<String> titles = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            titles.add(Forms.first(fields, titleField(i)));
            Upload upload = files.get(fileField(i));
            uploads.add(upload == null ? new Upload(null, null) : upload);
        }
        return new BidForm(amounts, Forms.first(fields, "currency"), answers, titles, uploads,
                Forms.idempotencyKey(fields), null);
    }

    /** The same entries, refused: shown again with the reasons and a new key, since nothing was recorded. */
    public BidForm refused(FormProblem refusal) {
        return new BidForm(amounts, currency, answers, documentTitles, List.of(), freshKey(), refusal);
    }

    public Parsed parse(List<Lot> lots, List<Criterion> qualityCriteria, BidMessages messages) {
        List<FieldError> errors = new ArrayList<>();
        String code = Forms.trimmed(currency);
        if (code == null) {
            errors.add(new FieldError("currency", messages.errorBidCurrency()));
        }
        List<LotOffer> offers = new ArrayList<>();
        List<String> sentLots = new ArrayList<>();
        for (Lot lot : lots) {
            String entered = Forms.trimmed(amounts.get(lot.id()));
            if (entered == null) {
                continue;
            }
            try {
                offers.add(new LotOffer(lot.id(), new Value(new BigDecimal(entered.replace(" ", "")), code)));
                sentLots.add(lot.id());
            } catch (NumberFormatException notANumber) {
                errors.add(new FieldError(amountField(lot.id()), messages.errorBidAmount()));
            }
        }
        if (offers.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("lot."))) {
            errors.add(new FieldError("lots", messages.errorBidLots()));
        }
        List<BidAnswer> given = new ArrayList<>();
        for (int i = 0; i < qualityCriteria.size() && i < answers.size(); i++) {
            String text = Forms.trimmed(answers.get(i));
            if (text != null) {
                given.add(new BidAnswer(qualityCriteria.get(i).name(), text));
            }
        }
        List<BidDocument> documents = new ArrayList<>();
        List<Integer> sentDocuments = new ArrayList<>();
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            Upload upload = i < uploads.size() ? uploads.get(i) : null;
            String title = i < documentTitles.size() ? Forms.trimmed(documentTitles.get(i)) : null;
            if (upload == null || !upload.chosen()) {
                if (title != null) {
                    errors.add(new FieldError(fileField(i), messages.errorBidDocumentFile()));
                }
                continue;
            }
            documents.add(new BidDocument(title != null ? title : upload.fileName(), upload.fileName(),
                    upload.content()));
            sentDocuments.add(i);
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, sentLots, sentDocuments, FormProblem.local(errors));
        }
        return new Parsed(new BidOffer(offers, given, documents), sentLots, sentDocuments, null);
    }

    /** bid-service names what it was sent ({@code lots[1].amount}); the page names the form's fields. */
    public static FormProblem onForm(FormProblem problem, Parsed parsed) {
        List<FieldError> errors = problem.errors().stream()
                .map(error -> new FieldError(formField(error.field(), parsed), error.message()))
                .toList();
        return new FormProblem(problem.status(), problem.detail(), errors);
    }

    static String formField(String field, Parsed parsed) {
        if (field == null) {
            return null;
        }
        Matcher lot = LOT_PATH.matcher(field);
        if (lot.matches()) {
            int index = Integer.parseInt(lot.group(1));
            if ("currency".equals(lot.group(2)) || "price.currency".equals(lot.group(2))) {
                return "currency";
            }
            return index < parsed.sentLots().size() ? amountField(parsed.sentLots().get(index)) : "lots";
        }
        Matcher document = DOCUMENT_PATH.matcher(field);
        if (document.matches()) {
            int index = Integer.parseInt(document.group(1));
            int row = index < parsed.sentDocuments().size() ? parsed.sentDocuments().get(index) : 0;
            return "title".equals(document.group(2)) ? titleField(row) : fileField(row);
        }
        return field;
    }

    /** The form's field names, as the template writes them and the service's errors are turned into. */
    public static String amountField(String lotId) {
        return "lot." + lotId + ".amount";
    }

    public static String answerField(int index) {
        return "answers[" + index + "].text";
    }

    public static String titleField(int index) {
        return "documents[" + index + "].title";
    }

    public static String fileField(int index) {
        return "documents[" + index + "].file";
    }

    public String amountName(String lotId) {
        return amountField(lotId);
    }

    public String answerName(int index) {
        return answerField(index);
    }

    public String titleName(int index) {
        return titleField(index);
    }

    public String fileInputName(int index) {
        return fileField(index);
    }

    public String amount(String lotId) {
        return amounts.get(lotId);
    }

    public String answer(int index) {
        return index < answers.size() ? answers.get(index) : null;
    }

    public String documentTitle(int index) {
        return index < documentTitles.size() ? documentTitles.get(index) : null;
    }

    /** A row of the documents part: its index in field names and its number as people count. */
    public record DocumentRow(int index, int number) {
    }

    public List<DocumentRow> documentRows() {
        List<DocumentRow> rows = new ArrayList<>();
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            rows.add(new DocumentRow(i, i + 1));
        }
        return rows;
    }

    public String error(String field) {
        return problem == null ? null : problem.errorFor(field);
    }

    static String freshKey() {
        return UUID.randomUUID().toString();
    }
}
