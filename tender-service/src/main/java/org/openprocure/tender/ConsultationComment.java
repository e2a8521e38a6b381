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
 * A public comment on a draft in consultation, numbered within the tender. Hidden comments keep their
 * text for auditors and the buyer; the public sees the reason instead.
 */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(nullable = false)
    public int number;

    /** {@code tender}, {@code section} or {@code lot}. */
    @Column(name = "target_type", nullable = false)
    public String targetType;

    public String section;

    @Column(name = "lot_id")
    public String lotId;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_organisation")
    public String authorOrganisation;

    @Column(nullable = false)
    public String text;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    /** {@code accepted}, {@code partiallyAccepted} or {@code rejected}, once answered. */
    public String resolution;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public boolean isAnswered() {
        return answer != null;
    }
}
