package org.openprocure.tender;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A frozen version of a tender's public text: 0 is the draft put out for consultation, 1 the
 * published notice, each amendment the next number. {@code terms} is the tender body as JSON;
 * {@code changes} the changes from the version before it, as JSON.
 */
@Entity
@Table(name = "tender_version")
public class TenderVersion extends PanacheEntityBase {

    public static final int CONSULTED_DRAFT = 0;

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String label;

    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public String terms;

    @Column(nullable = false)
    public String changes;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "tender_id")
        public UUID tenderId;

        public int version;

        public Key() {
        }

        public Key(UUID tenderId, int version) {
            this.tenderId = tenderId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.tenderId.equals(tenderId) && key.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenderId, version);
        }
    }
}
