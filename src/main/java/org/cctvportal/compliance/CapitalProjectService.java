package org.cctvportal.compliance;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Capital plan projects: a partner's manager names a project and puts replacements of the partner's plan in it; its
 * total per financial year is the plan's cost of those items. The PCC office reads every partner's projects of the
 * partnership (the capital plan's cross-partner path) and changes none. Bad input changes nothing.
 */
@ApplicationScoped
@Transactional
public class CapitalProjectService {

    /** How many of the plan's replacements the project page offers to add at once. */
    static final int CANDIDATES = 100;

    @Inject
    CapitalProjectReads reads;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** The caller's projects; for the PCC office, every partner's of the partnership. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapitalProjectReads.Summary> projects() {
        if (pcc()) {
            return crossPartner.read(CrossPartnerPath.CAPITAL_PLAN, () -> reads.summaries(true,
                    tenant.partnershipId()));
        }
        return reads.summaries(false, tenant.requirePartner());
    }

    /** One project: the caller's own, or (for the PCC office) another partner's of the partnership; else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CapitalProjectDetail project(long id) {
        CapitalProject own = CapitalProject.findById(id);
        if (own != null) {
            return detail(own, true);
        }
        if (pcc()) {
            CapitalProjectDetail other = crossPartner.read(CrossPartnerPath.CAPITAL_PLAN, () -> {
                CapitalProject project = CapitalProject.findById(id);
                return project == null ? null : detail(project, false);
            });
            if (other != null) {
                return other;
            }
        }
        throw new NotFoundException("No such project");
    }

    /** The caller's replacements no project holds yet, for the project page's list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapitalProjectReads.Candidate> candidates() {
        return reads.candidates(tenant.requirePartner(), CANDIDATES);
    }

    /** A new, empty project of the caller's partner. */
    public CapitalProject create(String name) {
        String text = name == null ? "" : name.strip();
        FormErrors errors = new FormErrors();
        if (text.isEmpty()) {
            errors.add("name", "Enter the project's name");
        } else if (text.length() > CapitalProject.MAX_NAME) {
            errors.add("name", "The name must be 120 characters or fewer");
        } else if (CapitalProject.named(text).isPresent()) {
            errors.add("name", "You already have a project named " + text);
        }
        errors.throwIfAny();
        CapitalProject project = new CapitalProject();
        project.name = text;
        project.createdBy = actor();
        project.createdAt = clock.instant();
        try {
            project.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // Another request named a project the same a moment ago: the database's unique name decided.
            errors.add("name", "You already have a project named " + text);
            errors.throwIfAny();
        }
        audit.record("capital-project.created", "capital-project", project.id.toString(),
                "Started the capital project " + text);
        return project;
    }

    /** Puts the replacement of the asset named (asset tag or recorder name) into the project. */
    public CapitalProjectItem add(long projectId, String asset) {
        CapitalProject project = ownProject(projectId);
        String label = asset == null ? "" : asset.strip();
        FormErrors errors = new FormErrors();
        List<CapitalProjectReads.Candidate> found = label.isEmpty() ? List.of()
                : reads.inPlanNamed(tenant.requirePartner(), label);
        if (label.isEmpty()) {
            errors.add("asset", "Enter the asset tag or recorder name of a replacement in your capital plan");
        } else if (found.isEmpty()) {
            errors.add("asset", label + " is not in your capital plan: only assets whose findings call for a"
                    + " replacement can be added");
        } else if (found.size() > 1) {
            errors.add("asset", label + " names both a camera and a recorder: rename one of them first");
        }
        errors.throwIfAny();
        CapitalProjectReads.Candidate line = found.get(0);
        CapitalProjectItem.ofAsset(line.assetKind(), line.assetId()).ifPresent(held -> {
            CapitalProject other = CapitalProject.findById(held.projectId);
            errors.add("asset", line.asset() + " is already in the project " + (other == null ? "" : other.name));
        });
        errors.throwIfAny();
        CapitalProjectItem item = new CapitalProjectItem();
        item.projectId = project.id;
        item.assetKind = line.assetKind();
        item.assetId = line.assetId();
        item.assetLabel = line.asset();
        item.addedBy = actor();
        item.addedAt = clock.instant();
        try {
            item.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // Another request put the asset into a project a moment ago: one project per asset, as the database holds.
            errors.add("asset", line.asset() + " is already in a project");
            errors.throwIfAny();
        }
        audit.record("capital-project.item-added", "capital-project", project.id.toString(), "Added "
                + line.asset() + " (" + line.costText() + ", " + line.yearLabel() + ") to " + project.name);
        return item;
    }

    /** Takes an item out of the project; its replacement stays in the plan. */
    public void remove(long projectId, long itemId) {
        CapitalProject project = ownProject(projectId);
        CapitalProjectItem item = CapitalProjectItem.findById(itemId);
        if (item == null || !item.projectId.equals(project.id)) {
            throw new NotFoundException("No such item in this project");
        }
        item.delete();
        audit.record("capital-project.item-removed", "capital-project", project.id.toString(), "Removed "
                + item.assetLabel + " from " + project.name);
    }

    private CapitalProject ownProject(long id) {
        CapitalProject project = CapitalProject.findById(id);
        if (project == null) {
            throw new NotFoundException("No such project");
        }
        return project;
    }

    private CapitalProjectDetail detail(CapitalProject project, boolean own) {
        List<CapitalProjectReads.Line> lines = reads.lines(project.id, project.partnerId);
        Map<Integer, CapitalProjectDetail.Year> years = new TreeMap<>();
        for (CapitalProjectReads.Line line : lines) {
            if (line.inPlan()) {
                boolean priced = line.cost() != null;
                years.merge(line.startYear(), new CapitalProjectDetail.Year(line.startYear(), 1, priced ? 0 : 1,
                        priced ? line.cost() : BigDecimal.ZERO), CapitalProjectService::sum);
            }
        }
        return new CapitalProjectDetail(project.id, project.name, partnerName(project.partnerId), project.createdBy,
                project.createdAt, lines, List.copyOf(years.values()), own);
    }

    private static CapitalProjectDetail.Year sum(CapitalProjectDetail.Year a, CapitalProjectDetail.Year b) {
        return new CapitalProjectDetail.Year(a.startYear(), a.items() + b.items(), a.unpriced() + b.unpriced(),
                a.cost().add(b.cost()));
    }

    private String partnerName(String partnerId) {
        Object name = CapitalProject.getEntityManager().createNativeQuery("select name from partner where id = ?1")
                .setParameter(1, partnerId).getResultList().stream().findFirst().orElse(partnerId);
        return name.toString();
    }

    private boolean pcc() {
        return CompliancePages.PCC.stream().anyMatch(identity::hasRole);
    }

    private String actor() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
