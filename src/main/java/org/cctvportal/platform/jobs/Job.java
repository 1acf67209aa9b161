package org.cctvportal.platform.jobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One piece of long work a person started: what it is, how far it has come and how it ended. */
@Entity
@Table(name = "portal_job")
public class Job extends PanacheEntityBase {

    /** Where a job is in its life. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean ended() {
            return this == DONE || this == FAILED;
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "partnership_id")
    public String partnershipId;

    public String kind;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "started_by_account")
    public String startedByAccount;

    @Enumerated(EnumType.STRING)
    public Status status;

    public long done;

    public Long total;

    public String message;

    @Column(name = "result_path")
    public String resultPath;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    public String runner;

    public int attempts;

    /** How far the job has come, 0 to 100; 0 while its size is not yet known. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        if (total == null || total == 0) {
            return 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    /** The latest job of a kind for a record, or null. */
    public static Job latestFor(String kind, String subjectId) {
        return find("kind = ?1 and subjectId = ?2 order by createdAt desc", kind, subjectId).firstResult();
    }
}
