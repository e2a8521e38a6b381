package org.openprocure.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A bidder's complaint about a proposed award, filed during its standstill, and its decision. */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "award_id") String awardId, @Column(name = "number") int number)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "complainant_id", nullable = false)
    public String complainantId;

    @Column(name = "complainant_name", nullable = false)
    public String complainantName;

    @Column(nullable = false)
    public String text;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    /** {@code upheld} or {@code dismissed}; null while pending. */
    public String decision;

    public String reason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static List<Complaint> of(String awardId) {
        return list("key.awardId = ?1 order by key.number", awardId);
    }
}
