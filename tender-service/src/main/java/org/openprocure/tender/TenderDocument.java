package org.openprocure.tender;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A document of a tender: uploaded by the buyer ({@code biddingDocuments}), or rendered by the
 * service (the {@code tenderNotice} of each version, the {@code consultationReport}). Its bytes are
 * kept with their SHA-256; a document removed from a draft is only marked removed.
 */
@Entity
@Table(name = "tender_document")
public class TenderDocument extends PanacheEntityBase {

    public static final String BIDDING_DOCUMENTS = "biddingDocuments";
    public static final String TENDER_NOTICE = "tenderNotice";
    public static final String CONSULTATION_REPORT = "consultationReport";

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "document_type", nullable = false)
    public String documentType;

    @Column(nullable = false)
    public String title;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(nullable = false)
    public long size;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    /** For notices: the notice version the document renders. */
    @Column(name = "notice_version")
    public Integer noticeVersion;

    @Column(name = "removed_at")
    public Instant removedAt;

    /** The documents in force: not removed, and of notices only the latest version. */
    public static List<TenderDocument> current(UUID tenderId) {
        return inForce(list("tenderId = ?1 and removedAt is null order by addedAt, fileName", tenderId));
    }

    /** Of one tender's documents not removed, those in force: of notices only the latest version. */
    public static List<TenderDocument> inForce(List<TenderDocument> all) {
        Integer latestNotice = all.stream().filter(d -> TENDER_NOTICE.equals(d.documentType))
                .map(d -> d.noticeVersion).max(Integer::compare).orElse(null);
        return all.stream().filter(d -> !TENDER_NOTICE.equals(d.documentType)
                || d.noticeVersion.equals(latestNotice)).toList();
    }
}
