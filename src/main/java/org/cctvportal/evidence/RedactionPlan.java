package org.cctvportal.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The redaction of one master exhibit: its boxes and decisions (JSON, in the order they were made), the sound choice,
 * and the render job that turns it into a redacted derivative. See V52.
 */
@Entity
@Table(name = "redaction_plan")
public class RedactionPlan extends PanacheEntityBase {

    /** Where the plan and its render are. */
    public enum Status {
        DRAFT, QUEUED, RENDERING, DONE, FAILED, CANCELLED;

        public boolean running() {
            return this == QUEUED || this == RENDERING;
        }
    }

    /** One decision: who, when, what. */
    public record Decision(String at, String by, String what) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "redaction_plan_seq")
    @SequenceGenerator(name = "redaction_plan_seq", sequenceName = "redaction_plan_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "master_file_id")
    public UUID masterFileId;

    public int width;

    public int height;

    @Column(name = "duration_seconds")
    public double durationSeconds;

    public double fps;

    @Column(name = "has_audio")
    public boolean hasAudio;

    @Column(name = "keep_audio")
    public boolean keepAudio;

    public String boxes;

    public String decisions;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int progress;

    @Column(name = "cancel_requested")
    public boolean cancelRequested;

    public String message;

    @Column(name = "plan_sha256")
    public String planSha256;

    @Column(name = "derivative_file_id")
    public UUID derivativeFileId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "queued_by")
    public String queuedBy;

    @Column(name = "queued_at")
    public Instant queuedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The plan of a master that is not done yet, or null. */
    public static RedactionPlan open(UUID master) {
        return find("masterFileId = ?1 and status <> ?2", master, Status.DONE).firstResult();
    }

    public List<RedactionBox> boxList() {
        return read(boxes, new TypeReference<List<RedactionBox>>() { });
    }

    public void boxList(List<RedactionBox> list) {
        boxes = write(list);
    }

    public List<Decision> decisionList() {
        return read(decisions, new TypeReference<List<Decision>>() { });
    }

    public void decide(Instant at, String by, String what) {
        List<Decision> list = new ArrayList<>(decisionList());
        list.add(new Decision(at.toString(), by, what));
        decisions = write(list);
    }

    public Ffmpeg.Clip clip() {
        return new Ffmpeg.Clip(width, height, durationSeconds, fps, hasAudio);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a redaction plan that is not JSON", e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
