package org.cctvportal.evidence;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.search.SearchTerm;
import org.cctvportal.platform.web.PageCount;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;

/**
 * Evidence items: who reaches which, and creating them; what the owning partner decides about one is in
 * {@link EvidenceDecisions}. Every step runs in the evidence scope of {@link CrossPartnerReads}, so PostgreSQL's
 * policies decide
 * which items exist for the caller; {@link Reach} then decides what the caller's role may do with one it reaches.
 * Each step is its own transaction with its custody event.
 */
@ApplicationScoped
public class EvidenceService {

    /** One item as the caller reaches it. */
    public record Reached(EvidenceItem item, Reach reach) {
    }

    /** An item with everything its page shows. */
    public record Detail(EvidenceItem item, Reach reach, String ownerName, List<EvidenceCamera> cameras,
            List<EvidenceFile> files, List<EvidenceShare> shares, Map<String, String> partnerNames,
            List<ShareRetention> outlasting) {
    }

    @Inject
    CameraDirectory directory;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @Inject
    Custody custody;

    @Inject
    EvidenceConfig config;

    @Inject
    Clock clock;

    @Inject
    EvidencePartners partners;

    Actor actor() {
        return new Actor(identity.getPrincipal().getName(), tenant.requirePartner(), tenant.partnershipId(),
                Set.copyOf(identity.getRoles()));
    }

    <T> T vault(Supplier<T> work) {
        return crossPartner.read(CrossPartnerPath.EVIDENCE_CUSTODY, work);
    }

    /** The item and its files, refused to the auditor, whose reach is the custody log. */
    Reached reachFiles(long id, Actor actor) {
        Reached reached = reach(id, actor);
        if (!reached.reach().seesFiles()) {
            throw new ForbiddenException("An auditor reads the custody log, not the evidence itself");
        }
        return reached;
    }

    /** The item if the caller reaches it: another partner's, unshared, or shared no longer, is not found. */
    Reached reach(long id, Actor actor) {
        EvidenceItem item = EvidenceItem.findById(id);
        Reach reach = item == null ? null : Reach.of(item, actor);
        if (reach == null) {
            throw new NotFoundException("No such evidence item");
        }
        return new Reached(item, reach);
    }

    /** Every item the caller reaches, newest incident first. */
    public List<Reached> items() {
        Actor actor = actor();
        return vault(() -> EvidenceItem.<EvidenceItem>list("order by incidentStart desc, id desc").stream()
                .map(item -> new Reached(item, Reach.of(item, actor))).filter(r -> r.reach() != null).toList());
    }

    /**
     * The items the caller reaches (as {@link #items()} does) whose title or police reference holds the term, or whose
     * reference it is, newest incident first: at most {@code most} matches are read before the vault's checks.
     */
    public List<Reached> matching(SearchTerm term, int most) {
        Actor actor = actor();
        Long id = term.reference("EV");
        return vault(() -> EvidenceItem.<EvidenceItem>find("from EvidenceItem where (lower(title) like ?1 escape '\\'"
                + " or lower(policeReference) like ?1 escape '\\' or id = ?2) order by incidentStart desc, id desc",
                term.like(), id == null ? -1L : id).range(0, most - 1).stream()
                .map(item -> new Reached(item, Reach.of(item, actor))).filter(r -> r.reach() != null).toList());
    }

    /**
     * An item's page. Reading it changes nothing and records nothing (a GET may be fetched by a link, a prefetch or a
     * crawler): footage is recorded when it is actually opened, by the download, link or export that releases it.
     */
    public Detail view(long id) {
        Actor actor = actor();
        return vault(() -> detail(reachFiles(id, actor)));
    }

    public Reached find(long id) {
        Actor actor = actor();
        return vault(() -> reach(id, actor));
    }

    public List<CustodyEvent> custodyLog(long id) {
        Actor actor = actor();
        return vault(() -> {
            reach(id, actor);
            return CustodyEvent.chain(id);
        });
    }

    /** One page of an item's custody log, in the chain's order (oldest first), and how many events it holds. */
    public record CustodyPage(List<CustodyEvent> events, int page, int pageSize, long total) implements PageCount {
    }

    /**
     * A page of the custody log the caller reaches (as {@link #custodyLog} does): counted and cut to the page by the
     * database, so a much-viewed item's log is never read whole to show one page. A page past the last is empty.
     */
    public CustodyPage custodyPage(long id, int page, int size) {
        Actor actor = actor();
        return vault(() -> {
            reach(id, actor);
            long total = CustodyEvent.count("itemId", id);
            return new CustodyPage(CustodyEvent.<CustodyEvent>find("itemId = ?1 order by seq", id)
                    .page(page - 1, size).list(), page, size, total);
        });
    }

    public EvidenceItem create(NewItemForm sent) {
        Actor actor = actor();
        FormErrors errors = new FormErrors();
        ItemForm form = ItemForm.read(sent, errors, clock.instant(), config.maxIncidentDays());
        return vault(() -> {
            String owner = owner(form.partner(), actor, errors);
            List<CameraRef> cameras = owner != null && owner.equals(actor.partnerId()) ? cameras(form, errors)
                    : List.of();
            if (owner != null && !owner.equals(actor.partnerId()) && !form.cameras().isEmpty()) {
                errors.add("cameras", "Leave cameras empty when capturing for another partner: its staff add them");
            }
            errors.throwIfAny();
            EvidenceItem item = new EvidenceItem();
            item.partnerId = owner;
            item.title = form.title();
            item.category = form.category();
            item.incidentStart = form.start();
            item.incidentEnd = form.end();
            item.policeReference = form.policeReference();
            item.description = form.description();
            item.status = EvidenceItem.Status.OPEN;
            item.retainUntil = defaultRetention(form.end());
            item.capturedBy = actor.username();
            item.capturedByPartnerId = actor.partnerId();
            item.createdAt = clock.instant();
            item.persist();
            for (CameraRef camera : cameras) {
                EvidenceCamera link = new EvidenceCamera();
                link.partnerId = owner;
                link.itemId = item.id;
                link.cameraId = camera.id();
                link.assetTag = camera.assetTag();
                link.persist();
            }
            custody.record(item, Custody.Action.CREATED, actor, null, "Recorded " + item.category.label()
                    .toLowerCase() + " evidence \"" + item.title + "\"; kept until " + Formats.day(item.retainUntil));
            return item;
        });
    }

    /** 31 days (configurable) from the day the incident ended, in London. */
    LocalDate defaultRetention(Instant end) {
        return end.atZone(LondonTime.ZONE).toLocalDate().plusDays(config.retentionDays());
    }

    private Detail detail(Reached reached) {
        EvidenceItem item = reached.item();
        Map<String, String> names = partners.partnerNames();
        List<EvidenceShare> shares = reached.reach().manages() ? EvidenceShare.of(item.id) : List.of();
        return new Detail(item, reached.reach(), names.getOrDefault(item.partnerId, item.partnerId),
                EvidenceCamera.of(item.id), EvidenceFile.of(item.id), shares, names,
                ShareRetention.outlasting(item, shares, clock.instant()));
    }

    /** The item, if the caller is the owning partner's evidence staff. */
    EvidenceItem managed(long id, Actor actor) {
        Reached reached = reach(id, actor);
        if (!reached.reach().manages()) {
            throw new ForbiddenException("Only the owning partner's evidence staff can do this");
        }
        return reached.item();
    }

    private String owner(String partner, Actor actor, FormErrors errors) {
        if (actor.handlesEvidence() && (partner.isEmpty() || partner.equals(actor.partnerId()))) {
            return actor.partnerId();
        }
        if (actor.has(Actor.OPERATOR)) {
            boolean known = partners.captureFor().stream().anyMatch(c -> c.value().equals(partner));
            if (known) {
                return partner;
            }
            errors.add("partner", partner.isEmpty() ? "Select the partner whose cameras recorded the footage"
                    : "None of your hubs monitors that partner's cameras: record evidence only for a partner one of"
                            + " your hubs serves");
            return null;
        }
        errors.add("partner", "You can record evidence only for your own partner");
        return null;
    }

    private List<CameraRef> cameras(ItemForm form, FormErrors errors) {
        CameraDirectory.TagMatch match = directory.ownByTags(form.cameras());
        List<String> unknown = match.unknown();
        if (!unknown.isEmpty()) {
            errors.add("cameras", "No camera of yours has the asset tag " + String.join(", ", unknown));
        }
        return match.cameras().stream().distinct().toList();
    }

    static void requireReason(String reason, String field, String message, FormErrors errors) {
        String text = ItemForm.strip(reason);
        if (text.isEmpty()) {
            errors.add(field, message);
        } else if (text.length() > 1000) {
            errors.add(field, "The reason must be 1000 characters or fewer");
        }
    }
}
