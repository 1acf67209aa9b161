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
 * A partner's sites, each change audited field by field. Every read and write is bounded to the caller's partner by
 * the framework and the database; nothing here names a partner.
 */
@ApplicationScoped
@Transactional
public class SiteService {

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    EstateChanges estateChanges;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Site> sites() {
        return Site.listByName();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Site site(long id) {
        return found(Site.<Site>findById(id), "site");
    }

    public Site createSite(RawRecord raw) {
        return createSite(raw, EstateIndex.load(false));
    }

    Site createSite(RawRecord raw, EstateIndex index) {
        tenant.requirePartner();
        Site site = new Site();
        SiteRules.apply(raw, site, index).throwIfAny();
        siteCreated(site, "");
        return site;
    }

    /** Stores a checked new site and audits it; forms and imports both come through here. */
    void siteCreated(Site site, String how) {
        site.updatedAt = clock.instant();
        site.persist();
        audit.record("site.created", "site", site.id.toString(), "Added site " + site.name + how,
                FieldChange.created(SiteRules.describe(site)));
    }

    public Site updateSite(long id, RawRecord raw, Integer expectedVersion) {
        Site site = site(id);
        checkVersion(expectedVersion, site.version);
        Map<String, String> before = SiteRules.describe(site);
        SiteRules.apply(raw, site, EstateIndex.load(false)).throwIfAny();
        siteChanged(site, before, "");
        estateChanges.announce(EstateChanged.site(site.id));
        return site;
    }

    /** Audits the fields a checked change altered on a site, if any. */
    void siteChanged(Site site, Map<String, String> before, String how) {
        estateChanges.changed("site", site.id, "Changed site " + site.name + how, before, SiteRules.describe(site),
                () -> site.updatedAt = clock.instant());
    }
}
