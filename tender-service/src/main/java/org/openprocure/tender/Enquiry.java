package org.openprocure.tender;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A supplier's question about a published tender. Only the asker's pseudonym is stored: nobody,
 * not even the buyer, learns from the Q&A who is interested in bidding.
 */
@Entity
@Table(name = "enquiry")
public class Enquiry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(nullable = false)
    public int number;

    /** {@code tender}, {@code lot} or {@code item}. */
    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(name = "lot_id")
    public String lotId;

    @Column(name = "item_id")
    public String itemId;

    @Column(nullable = false)
    public String asker;

    @Column(nullable = false)
    public String question;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public boolean isAnswered() {
        return answer != null;
    }
}
