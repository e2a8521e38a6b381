package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocure.events.EventJson;
import org.openprocure.support.pdf.PdfFacts;
import org.openprocure.support.pdf.PdfUploadCheck;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;
import org.openprocure.tender.Tender;
import org.openprocure.tender.TenderDocument;
import org.openprocure.tender.config.TenderConfig;
import org.openprocure.tender.domain.TenderStage;

/**
 * The buyer's tender documents: PDFs only, each checked before it is kept (parsable, not encrypted,
 * no scripts or embedded files, within the size limit) and identified by its SHA-256.
 */
@ApplicationScoped
public class DocumentService {

    private final Clock clock;
    private final TenderService tenders;
    private final TenderConfig config;

    DocumentService(Clock clock, TenderService tenders, TenderConfig config) {
        this.clock = clock;
        this.tenders = tenders;
        this.config = config;
    }

    public long maxBytes() {
        return config.maxDocumentBytes();
    }

    @Transactional
    public TenderDocument upload(UUID tenderId, String title, String fileName, byte[] content, CurrentUser officer) {
        Tender tender = tenders.lockOwn(tenderId, officer);
        requireDraft(tender, "add documents");
        PdfFacts facts = PdfUploadCheck.check(content, config.maxDocumentBytes());
        TenderDocument document = new TenderDocument();
        document.id = UUID.randomUUID();
        document.tenderId = tender.id;
        document.documentType = TenderDocument.BIDDING_DOCUMENTS;
        document.title = title.strip();
        document.fileName = fileName;
        document.size = facts.sizeBytes();
        document.sha256 = facts.sha256();
        document.content = content;
        document.addedAt = EventJson.truncate(clock.instant());
        document.addedBy = officer.username();
        document.persist();
        return document;
    }

    @Transactional
    public void remove(UUID tenderId, UUID documentId, CurrentUser officer) {
        Tender tender = tenders.lockOwn(tenderId, officer);
        requireDraft(tender, "remove documents");
        TenderDocument document = TenderDocument.findById(documentId);
        if (document == null || !document.tenderId.equals(tender.id) || document.removedAt != null
                || !TenderDocument.BIDDING_DOCUMENTS.equals(document.documentType)) {
            throw ProblemException.notFound("Tender " + tenderId + " has no document " + documentId + ".");
        }
        document.removedAt = EventJson.truncate(clock.instant());
    }

    @Transactional
    public List<TenderDocument> current(UUID tenderId) {
        return TenderDocument.current(tenderId);
    }

    /** A document with its bytes, if it belongs to the tender; removed ones stay readable by id for the record. */
    @Transactional
    public Optional<TenderDocument> document(UUID tenderId, UUID documentId) {
        return TenderDocument.<TenderDocument>findByIdOptional(documentId)
                .filter(d -> d.tenderId.equals(tenderId))
                .map(d -> {
                    d.content.getClass(); // loads the lazy bytes inside the transaction
                    return d;
                });
    }

    @Transactional
    public Optional<TenderDocument> latest(UUID tenderId, String documentType) {
        return TenderDocument.current(tenderId).stream().filter(d -> d.documentType.equals(documentType))
                .reduce((first, second) -> second)
                .map(d -> {
                    d.content.getClass();
                    return d;
                });
    }

    private static void requireDraft(Tender tender, String action) {
        if (tender.stage != TenderStage.DRAFT && tender.stage != TenderStage.CONSULTATION) {
            throw ProblemException.conflict("Tender " + tender.ocid + " is " + tender.stage.statusDetails()
                    + "; documents are added and removed while it is a draft.");
        }
    }
}
