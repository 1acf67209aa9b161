package org.cctvportal.specification;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cctvportal.estate.MakerRef;
import org.cctvportal.estate.OperatingSystemRef;
import org.cctvportal.estate.ReferenceDirectory;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.specification.SpecificationVersion.Status;

/**
 * The partnership's versions of the specification: reading them, starting a draft as a copy of the ratified one,
 * ratifying a draft (which supersedes the one before) and comparing any two. Rule edits are in
 * {@link SpecificationEdits}. Who may change it is checked by the resources (the partnership admin).
 */
@ApplicationScoped
@Transactional
public class SpecificationService {

    @Inject
    TenantContext tenant;

    @Inject
    ReferenceDirectory reference;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    Event<SpecificationRatified> ratified;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SpecificationVersion> versions() {
        return SpecificationVersion.newestFirst();
    }

    /** One of the partnership's versions; another partnership's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpecificationVersion version(long id) {
        SpecificationVersion version = SpecificationVersion.findById(id);
        if (version == null) {
            throw new NotFoundException("No such specification version");
        }
        return version;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SpecificationVersion> current() {
        return SpecificationVersion.withStatus(Status.RATIFIED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SpecificationVersion> draft() {
        return SpecificationVersion.withStatus(Status.DRAFT);
    }

    /** A new draft, starting as a copy of the ratified version (or empty when there is none). */
    public SpecificationVersion startDraft() {
        draft().ifPresent(existing -> {
            throw new SpecificationConflict("start", existing.title()
                    + " is already a draft: change that one, or ratify it first");
        });
        SpecificationVersion draft = new SpecificationVersion();
        draft.partnershipId = tenant.partnershipId();
        draft.number = SpecificationVersion.nextNumber();
        draft.status = Status.DRAFT;
        draft.createdBy = actor();
        draft.createdAt = clock.instant();
        Optional<SpecificationVersion> current = current();
        current.ifPresent(from -> {
            draft.maxAssetAgeYears = from.maxAssetAgeYears;
            draft.notes = from.notes;
        });
        draft.persist();
        current.ifPresent(from -> copyRules(from, draft));
        audit.record("specification.draft-started", "specification-version", draft.id.toString(),
                "Started " + draft.title() + " of the specification"
                        + current.map(from -> " as a copy of " + from.title()).orElse(""));
        return draft;
    }

    /** The partnership admin ratifies a draft; only with the confirmation does anything change. */
    public SpecificationVersion ratify(long id, boolean confirmed) {
        SpecificationVersion draft = version(id);
        if (!draft.isDraft()) {
            throw new SpecificationConflict("confirm", draft.title() + " is "
                    + draft.status.label().toLowerCase(java.util.Locale.ROOT) + ": only a draft can be ratified");
        }
        if (!confirmed) {
            new FormErrors().add("confirm", "Confirm that the partnership ratifies " + draft.title()).throwIfAny();
        }
        Optional<SpecificationVersion> previous = current();
        previous.ifPresent(old -> {
            old.status = Status.SUPERSEDED;
            SpecificationVersion.flush();
        });
        draft.status = Status.RATIFIED;
        draft.ratifiedBy = actor();
        draft.ratifiedAt = clock.instant();
        audit.record("specification.ratified", "specification-version", draft.id.toString(), "Ratified "
                + draft.title() + " of the specification" + previous.map(old -> "; " + old.title()
                        + " is superseded").orElse(""));
        SpecificationVersion.flush();
        ratified.fire(new SpecificationRatified(draft.id, draft.title()));
        return draft;
    }

    /** Every rule of a version, with the names of makers and operating systems from the reference data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpecificationRules rules(SpecificationVersion version) {
        Map<Long, String> makers = reference.makers().stream()
                .collect(Collectors.toMap(MakerRef::id, MakerRef::name));
        Map<Long, OperatingSystemRef> systems = reference.operatingSystems().stream()
                .collect(Collectors.toMap(OperatingSystemRef::id, Function.identity()));
        Map<Long, List<String>> meeting = StandardMaker.of(version.id).stream().collect(Collectors.groupingBy(
                m -> m.standardId, Collectors.mapping(m -> makers.get(m.manufacturerId), Collectors.toList())));
        return new SpecificationRules(version,
                MinResolution.of(version.id).stream().map(r -> new SpecificationRules.Resolution(r.id,
                        r.cameraType.label(), r.minMp)).toList(),
                FlaggedMaker.of(version.id).stream().map(f -> new SpecificationRules.Flag(f.id,
                        makers.get(f.manufacturerId), f.level.label(), f.reason, f.source)).toList(),
                ApprovedProduct.of(version.id).stream().map(p -> new SpecificationRules.Product(p.id,
                        makers.get(p.manufacturerId), p.model, p.cameraType == null ? null : p.cameraType.label(),
                        p.recorderKind == null ? null : p.recorderKind.label(), p.minFirmware, p.unitPrice,
                        p.installCost)).toList(),
                RequiredStandard.of(version.id).stream().map(s -> new SpecificationRules.Standard(s.id, s.code,
                        s.name, s.kind.label(), meeting.getOrDefault(s.id, List.of()).stream().sorted().toList()))
                        .toList(),
                SupportedOs.of(version.id).stream().map(s -> new SpecificationRules.Os(s.id,
                        systems.get(s.operatingSystemId).name(), systems.get(s.operatingSystemId).endOfSupport()))
                        .sorted(java.util.Comparator.comparing(SpecificationRules.Os::name)).toList());
    }

    /** What changed from one version to another, in either direction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpecificationDiff diff(long fromId, long toId) {
        return SpecificationDiff.between(rules(version(fromId)), rules(version(toId)));
    }

    /** What ratifying a draft would change against the version in force (everything, when none is). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpecificationDiff againstCurrent(SpecificationVersion draft) {
        return SpecificationDiff.between(current().map(this::rules).orElse(null), rules(draft));
    }

    private void copyRules(SpecificationVersion from, SpecificationVersion to) {
        for (List<? extends SpecRule> rules : List.of(MinResolution.of(from.id), FlaggedMaker.of(from.id),
                ApprovedProduct.of(from.id), SupportedOs.of(from.id))) {
            rules.forEach(rule -> rule.copyInto(to).persist());
        }
        Map<Long, List<StandardMaker>> meeting = StandardMaker.of(from.id).stream()
                .collect(Collectors.groupingBy(m -> m.standardId));
        for (RequiredStandard standard : RequiredStandard.of(from.id)) {
            RequiredStandard copy = standard.copyInto(to);
            copy.persist();
            meeting.getOrDefault(standard.id, List.of()).forEach(m -> {
                StandardMaker maker = m.copyInto(to);
                maker.standardId = copy.id;
                maker.persist();
            });
        }
    }

    String actor() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
