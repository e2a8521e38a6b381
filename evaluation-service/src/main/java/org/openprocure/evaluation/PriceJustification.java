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

/**
 * The abnormally-low-tender procedure of one bid for one lot: the committee's request with the
 * thresholds the price fell below, the bidder's justification and the committee's decision.
 */
@Entity
@Table(name = "abnormally_low")
public class PriceJustification extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "ocid") String ocid, @Column(name = "lot_id") String lotId,
            @Column(name = "bid_id") String bidId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "bidder_id", nullable = false)
    public String bidderId;

    /** Why the price was found abnormally low, as a JSON array of sentences. */
    @Column(nullable = false)
    public String reasons;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    public String justification;

    @Column(name = "justified_at")
    public Instant justifiedAt;

    /** Null until the committee decides. */
    public Boolean accepted;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static List<PriceJustification> of(String ocid) {
        return list("key.ocid", ocid);
    }
}
