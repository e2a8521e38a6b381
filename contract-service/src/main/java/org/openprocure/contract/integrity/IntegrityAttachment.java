package org.openprocure.contract.integrity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A file sent with a report, as checked and cleaned; it has a number, not the reporter's file name. */
@Entity
@Table(name = "attachment", schema = "integrity")
@IdClass(IntegrityAttachment.Key.class)
public class IntegrityAttachment extends PanacheEntityBase {

    public record Key(String reference, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public String reference;

    @Id
    public int number;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public long size;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public byte[] content;
}
