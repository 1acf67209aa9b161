package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * One uploaded estate file: where it is stored, its hash, and whether it was committed. The file name is only shown;
 * the object key is {@code {partner}/{uuid}}.
 */
@Entity
@Table(name = "estate_import")
public class EstateImport extends PanacheEntityBase {

    /** What a file holds. */
    public enum Subject {
        CAMERAS("cameras", CameraRules.FIELDS, CameraRules.REQUIRED),
        SITES("sites", SiteRules.FIELDS, SiteRules.REQUIRED);

        private final String plural;
        private final List<Field> fields;
        private final List<String> required;

        Subject(String plural, List<Field> fields, List<String> required) {
            this.plural = plural;
            this.fields = fields;
            this.required = required;
        }

        public String plural() {
            return plural;
        }

        public String title() {
            return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
        }

        public List<Field> fields() {
            return fields;
        }

        public boolean isRequired(Field field) {
            return required.contains(field.key());
        }

        List<String> required() {
            return required;
        }

        /** "cameras" or "sites" from a form or a URL; null for anything else. */
        public static Subject parse(String value) {
            for (Subject subject : values()) {
                if (subject.plural.equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return subject;
                }
            }
            return null;
        }
    }

    /** How a file is written. */
    public enum Format {
        CSV, GEOJSON
    }

    /** Where an import is in its life. */
    public enum Status {
        PREVIEWED, COMMITTED, DISCARDED
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Enumerated(EnumType.STRING)
    public Subject subject;

    @Enumerated(EnumType.STRING)
    public Format format;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "object_key")
    public String objectKey;

    /** A fixed-width char(64) column: Hibernate validates it as CHAR, not VARCHAR. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "committed_at")
    public Instant committedAt;

    public String outcome;

    /** The last line of the file a committed chunk applied: a commit taken up again goes on after it. */
    @Column(name = "applied_through_line")
    public long appliedThroughLine;

    @Column(name = "rows_created")
    public long rowsCreated;

    @Column(name = "rows_updated")
    public long rowsUpdated;

    @Column(name = "rows_unchanged")
    public long rowsUnchanged;

    /** Rows the committed chunks have applied so far. */
    public long rowsApplied() {
        return rowsCreated + rowsUpdated + rowsUnchanged;
    }

    public boolean isCommitted() {
        return status == Status.COMMITTED;
    }
}
