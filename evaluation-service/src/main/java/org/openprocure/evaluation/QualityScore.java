package org.openprocure.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One member's score of one quality criterion of one bid, with the reason. */
@Entity
@Table(name = "quality_score")
public class QualityScore extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "ocid") String ocid, @Column(name = "bid_id") String bidId,
            @Column(name = "username") String username, @Column(name = "criterion") String criterion)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(nullable = false)
    public int maximum;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public int position;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    public static List<QualityScore> of(String ocid) {
        return list("key.ocid = ?1 order by key.bidId, submittedAt, key.username, position", ocid);
    }
}
