package org.openprocure.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A committee member's share of a tender key: waiting, encrypted, until collected; afterwards only
 * its hash, against which the share is checked at the opening.
 */
@Entity
@Table(name = "key_share")
public class KeyShareHolding extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "holder_username", nullable = false)
    public String holderUsername;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Column(name = "share_hash", nullable = false)
    public String shareHash;

    @Column(name = "wrapped_share")
    public byte[] wrappedShare;

    @Column(name = "collected_at")
    public Instant collectedAt;

    public boolean isCollected() {
        return collectedAt != null;
    }

    @Embeddable
    public static class Key implements Serializable {
        public String ocid;

        @Column(name = "share_index")
        public int index;

        public Key() {
        }

        public Key(String ocid, int index) {
            this.ocid = ocid;
            this.index = index;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.ocid.equals(ocid) && key.index == index;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ocid, index);
        }
    }
}
