package org.cctvportal.assurance;

import static org.cctvportal.platform.NativeRows.localDate;
import static org.cctvportal.platform.NativeRows.longValue;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.estate.SiteRef;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.cctvportal.platform.web.LondonTime;

/** The DPIA register: each assessment linked to a site and the partner's own cameras, with review dates. */
@ApplicationScoped
@Transactional
public class DpiaService {

    @Inject
    CameraDirectory directory;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    AssuranceConfig config;

    @Inject
    Clock clock;

    /** A DPIA with its site's name, its cameras' asset tags and where its review stands. */
    public record Entry(Dpia dpia, String site, List<String> cameras, boolean overdue, boolean dueSoon) {
    }

    /** One partner's DPIAs counted for the PCC office. */
    public record PartnerSummary(String partnerName, long dpias, long overdue, long dueSoon, LocalDate nextReview) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> own() {
        Map<Long, String> sites = siteNames();
        Map<Long, List<String>> cameras = cameraTags();
        LocalDate today = today();
        return Dpia.byReviewDate().stream().map(d -> entry(d, sites, cameras, today)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Entry one(long id) {
        Dpia dpia = find(id);
        return entry(dpia, siteNames(), cameraTags(), today());
    }

    private Entry entry(Dpia d, Map<Long, String> sites, Map<Long, List<String>> cameras, LocalDate today) {
        boolean live = d.status != Dpia.Status.RETIRED;
        boolean overdue = live && d.reviewDue.isBefore(today);
        boolean dueSoon = live && !overdue && !d.reviewDue.isAfter(today.plusDays(config.reviewDueWithinDays()));
        return new Entry(d, d.siteId == null ? null : sites.get(d.siteId), cameras.getOrDefault(d.id, List.of()),
                overdue, dueSoon);
    }

    /** Creates (id null) or changes a DPIA from the form; bad input changes nothing. */
    public Dpia save(Long id, AssuranceForms.DpiaForm form) {
        Dpia dpia = id == null ? new Dpia() : find(id);
        FormErrors errors = new FormErrors();
        String reference = required(form.reference(), "reference", "the DPIA's reference", 40, errors);
        String title = required(form.title(), "title", "the DPIA's title", 200, errors);
        String owner = required(form.owner(), "owner", "who owns the DPIA", 200, errors);
        String notes = FormFields.text(form.notes());
        if (notes.length() > 4000) {
            errors.add("notes", "The notes must be 4000 characters or fewer");
        }
        if (!reference.isEmpty() && Dpia.count("lower(reference) = ?1 and id <> ?2", reference.toLowerCase(),
                id == null ? -1L : id) > 0) {
            errors.add("reference", "A DPIA with the reference " + reference + " is already in the register");
        }
        Dpia.Status status = null;
        try {
            status = Dpia.Status.valueOf(FormFields.text(form.status()));
        } catch (IllegalArgumentException e) {
            errors.add("status", "Select the DPIA's status");
        }
        LocalDate approved = form.approved(status == Dpia.Status.APPROVED, errors);
        LocalDate review = form.review(errors);
        Long siteId = site(FormFields.text(form.site()), errors);
        List<CameraRef> cameras = cameras(FormFields.text(form.cameras()), errors);
        errors.throwIfAny();
        Map<String, String> before = id == null ? Map.of() : describe(dpia, cameraTags().getOrDefault(id, List.of()));
        dpia.reference = reference;
        dpia.title = title;
        dpia.owner = owner;
        dpia.notes = notes.isEmpty() ? null : notes;
        dpia.status = status;
        dpia.approvedOn = approved;
        dpia.reviewDue = review;
        dpia.siteId = siteId;
        dpia.updatedBy = identity.getPrincipal().getName();
        dpia.updatedAt = clock.instant();
        dpia.persist();
        entityManager.flush();
        entityManager.createNativeQuery("delete from dpia_camera where dpia_id = ?1").setParameter(1, dpia.id)
                .executeUpdate();
        for (CameraRef camera : cameras) {
            entityManager.createNativeQuery("insert into dpia_camera (dpia_id, partner_id, camera_id)"
                    + " values (?1, ?2, ?3)").setParameter(1, dpia.id).setParameter(2, dpia.partnerId)
                    .setParameter(3, camera.id()).executeUpdate();
        }
        List<String> tags = cameras.stream().map(CameraRef::assetTag).toList();
        audit.record(id == null ? "dpia.created" : "dpia.changed", "dpia", dpia.id.toString(),
                (id == null ? "Added DPIA " : "Changed DPIA ") + dpia.reference,
                FieldChange.between(before, describe(dpia, tags)));
        return dpia;
    }

    /** Every partner's DPIAs in the partnership: how many, overdue, due soon, the next review. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<PartnerSummary> partnership() {
        LocalDate today = today();
        return crossPartner.read(CrossPartnerPath.ASSURANCE_REGISTERS, () -> ((List<Object[]>) entityManager
                .createNativeQuery("select p.name, count(d.id), count(d.id) filter (where d.review_due < ?1),"
                        + " count(d.id) filter (where d.review_due between ?1 and ?2), min(d.review_due)"
                        + " from partner p join dpia d on d.partner_id = p.id and d.status <> 'RETIRED'"
                        + " where p.partnership_id = ?3 group by p.name order by p.name")
                .setParameter(3, tenant.partnershipId())
                .setParameter(1, java.sql.Date.valueOf(today))
                .setParameter(2, java.sql.Date.valueOf(today.plusDays(config.reviewDueWithinDays())))
                .getResultList()).stream().map(r -> new PartnerSummary((String) r[0], longValue(r[1]),
                        longValue(r[2]), longValue(r[3]), localDate(r[4]))).toList());
    }

    private Map<Long, String> siteNames() {
        return directory.sites().stream().collect(Collectors.toMap(SiteRef::id, SiteRef::name));
    }

    /** Each DPIA's cameras by asset tag: the links here, the tags from the estate's directory. */
    @SuppressWarnings("unchecked")
    private Map<Long, List<String>> cameraTags() {
        Map<Long, List<Long>> dpiasByCamera = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery("select dc.camera_id, dc.dpia_id"
                + " from dpia_camera dc").getResultList()) {
            dpiasByCamera.computeIfAbsent(longValue(r[0]), k -> new ArrayList<>()).add(longValue(r[1]));
        }
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        for (CameraRef camera : directory.byIds(dpiasByCamera.keySet())) {
            for (Long dpia : dpiasByCamera.get(camera.id())) {
                tags.computeIfAbsent(dpia, k -> new ArrayList<>()).add(camera.assetTag());
            }
        }
        return tags;
    }

    private Long site(String name, FormErrors errors) {
        if (name.isEmpty()) {
            return null;
        }
        Optional<SiteRef> site = directory.siteNamed(name);
        if (site.isEmpty()) {
            errors.add("site", "You have no site called " + name);
            return null;
        }
        return site.get().id();
    }

    /** Asset tags separated by commas, spaces or lines; each one of the partner's own cameras in service. */
    private List<CameraRef> cameras(String value, FormErrors errors) {
        List<String> tags = new LinkedHashSet<>(Arrays.asList(value.split("[,\\s]+"))).stream()
                .filter(tag -> !tag.isBlank()).toList();
        CameraDirectory.TagMatch match = directory.ownByTags(tags);
        List<String> unknown = tags.stream()
                .filter(tag -> match.camera(tag).map(CameraRef::decommissioned).orElse(true)).toList();
        if (!unknown.isEmpty()) {
            errors.add("cameras", "These are not cameras of yours in service: " + String.join(", ", unknown));
        }
        return tags.stream().flatMap(tag -> match.camera(tag).filter(c -> !c.decommissioned()).stream()).toList();
    }

    private static String required(String sent, String key, String what, int max, FormErrors errors) {
        String value = FormFields.text(sent);
        if (value.isEmpty()) {
            errors.add(key, "Enter " + what);
        } else if (value.length() > max) {
            errors.add(key, "The " + key + " must be " + max + " characters or fewer");
        }
        return value;
    }

    private static Dpia find(long id) {
        Dpia dpia = Dpia.findById(id);
        if (dpia == null) {
            throw new NotFoundException("No such DPIA");
        }
        return dpia;
    }

    private static Map<String, String> describe(Dpia d, List<String> cameras) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reference", d.reference);
        m.put("title", d.title);
        m.put("status", d.status == null ? "" : d.status.label());
        m.put("approvedOn", d.approvedOn == null ? "" : d.approvedOn.toString());
        m.put("reviewDue", d.reviewDue == null ? "" : d.reviewDue.toString());
        m.put("owner", d.owner);
        m.put("notes", d.notes == null ? "" : d.notes);
        m.put("cameras", String.join(", ", cameras));
        return m;
    }
}
