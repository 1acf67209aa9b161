package org.cctvportal.assurance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A subject access request for footage, on its one-month clock. */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest extends PanacheEntityBase {

    public enum Status {
        OPEN("Open"), RESPONDED("Responded"), WITHDRAWN("Withdrawn");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_access_request_seq")
    @SequenceGenerator(name = "subject_access_request_seq", sequenceName = "subject_access_request_seq",
            allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String reference;

    public String requester;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "extended_to")
    public LocalDate extendedTo;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;

    public boolean open() {
        return status == Status.OPEN;
    }

    public LocalDate deadline() {
        return SarClock.deadline(receivedOn, extendedTo);
    }

    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && deadline().isBefore(today);
    }

    public LocalDate latestExtension() {
        return SarClock.latestExtension(receivedOn);
    }

    public static List<SubjectAccessRequest> newestFirst() {
        return list("order by case when status = ?1 then 0 else 1 end, receivedOn desc, id desc", Status.OPEN);
    }
}
