package org.cctvportal.estate;

import static org.cctvportal.estate.EstateChanges.checkVersion;
import static org.cctvportal.estate.EstateChanges.found;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * A partner's recorders and servers, each change audited field by field and announced. Every read and write is
 * bounded to the caller's partner by the framework and the database; nothing here names a partner.
 */
@ApplicationScoped
@Transactional
public class RecorderService {

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    EstateChanges estateChanges;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recorder> recorders() {
        return Recorder.list("select r from Recorder r join fetch r.site left join fetch r.manufacturer"
                + " left join fetch r.operatingSystem order by lower(r.name)");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Recorder recorder(long id) {
        return found(Recorder.<Recorder>findById(id), "recorder");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recorder> recordersAt(Site site) {
        return Recorder.list("site = ?1 order by lower(name)", site);
    }

    public Recorder createRecorder(RawRecord raw) {
        Recorder recorder = createRecorder(raw, EstateIndex.load(false));
        estateChanges.announce(EstateChanged.recorder(recorder.id));
        return recorder;
    }

    Recorder createRecorder(RawRecord raw, EstateIndex index) {
        tenant.requirePartner();
        Recorder recorder = new Recorder();
        RecorderRules.apply(raw, recorder, index).throwIfAny();
        recorder.updatedAt = clock.instant();
        recorder.persist();
        audit.record("recorder.created", "recorder", recorder.id.toString(), "Added recorder " + recorder.name,
                FieldChange.created(RecorderRules.describe(recorder)));
        return recorder;
    }

    public Recorder updateRecorder(long id, RawRecord raw, Integer expectedVersion) {
        Recorder recorder = recorder(id);
        checkVersion(expectedVersion, recorder.version);
        Map<String, String> before = RecorderRules.describe(recorder);
        RecorderRules.apply(raw, recorder, EstateIndex.load(false)).throwIfAny();
        estateChanges.changed("recorder", recorder.id, "Changed recorder " + recorder.name, before,
                RecorderRules.describe(recorder), () -> recorder.updatedAt = clock.instant());
        estateChanges.announce(EstateChanged.recorder(recorder.id));
        return recorder;
    }
}
