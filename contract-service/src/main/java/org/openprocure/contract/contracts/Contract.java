package org.openprocure.contract.contracts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The contract of a confirmed award, as OCDS has it: {@code pending} until the buyer signs it, then
 * {@code active}, then {@code terminated} (with {@code statusDetails} {@code completed} or {@code
 * terminatedEarly}).
 */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String ACTIVE = "active";
    public static final String TERMINATED = "terminated";
    public static final String COMPLETED = "completed";
    public static final String TERMINATED_EARLY = "terminatedEarly";

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(nullable = false)
    public String ocid;

    @Column(name = "tender_id", nullable = false)
    public String tenderId;

    @Column(name = "award_id", nullable = false)
    public String awardId;

    @Column(name = "lot_id", nullable = false)
    public String lotId;

    public String title;

    @Column(name = "buyer_id")
    public String buyerId;

    @Column(name = "buyer_name")
    public String buyerName;

    @Column(name = "supplier_id", nullable = false)
    public String supplierId;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;

    @Column(name = "award_amount", nullable = false)
    public BigDecimal awardAmount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "value_amount")
    public BigDecimal valueAmount;

    @Column(nullable = false)
    public String status;

    @Column(name = "status_details", nullable = false)
    public String statusDetails;

    @Column(name = "awarded_at", nullable = false)
    public Instant awardedAt;

    @Column(name = "date_signed")
    public Instant dateSigned;

    @Column(name = "period_start")
    public Instant periodStart;

    @Column(name = "period_end")
    public Instant periodEnd;

    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "document_title")
    public String documentTitle;

    @Column(name = "document_file_name")
    public String documentFileName;

    @Column(name = "document_size")
    public Long documentSize;

    @Column(name = "document_sha256")
    public String documentSha256;

    @Column(name = "date_completed")
    public Instant dateCompleted;

    @Column(name = "date_terminated")
    public Instant dateTerminated;

    @Column(name = "termination_reason")
    public String terminationReason;

    /**
     * The contract of an award: the same id whenever the award's confirmation is read again. The ocid is
     * part of the name because an award id counts within its process, as in the awards read model.
     */
    public static UUID idOf(String ocid, String awardId) {
        return UUID.nameUUIDFromBytes((ocid + '/' + awardId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
