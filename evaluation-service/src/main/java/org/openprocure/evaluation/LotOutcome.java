package org.openprocure.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lot declared unsuccessful, why, and the evaluation report issued with the declaration. */
@Entity
@Table(name = "lot_outcome")
public class LotOutcome extends PanacheEntityBase {

    @jakarta.persistence.Embeddable
    public record Key(@Column(name = "ocid") String ocid, @Column(name = "lot_id") String lotId)
            implements java.io.Serializable {
    }

    public static final String UNSUCCESSFUL = "unsuccessful";

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String outcome;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report_pdf", nullable = false)
    public byte[] reportPdf;

    @Column(name = "report_sha256", nullable = false)
    public String reportSha256;
}
