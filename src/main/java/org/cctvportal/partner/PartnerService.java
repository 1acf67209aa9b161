package org.cctvportal.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;

/** Partners of a partnership: the caller's own profile, and the directory the PCC office keeps. */
@ApplicationScoped
@Transactional
public class PartnerService {

    @Inject
    TenantContext tenant;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Partner own() {
        Partner partner = Partner.findById(tenant.requirePartner());
        if (partner == null) {
            throw new NotFoundException("Your partner is not registered in the portal");
        }
        return partner;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Partnership ownPartnership() {
        return Partnership.findById(tenant.partnershipId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Partner> directory() {
        return crossPartner.read(CrossPartnerPath.PARTNER_DIRECTORY, Partner::listByName);
    }

    /** A partner of the caller's partnership; another partnership's partner is simply not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Partner inDirectory(String id) {
        Partner partner = crossPartner.read(CrossPartnerPath.PARTNER_DIRECTORY, () -> Partner.findById(id));
        if (partner == null) {
            throw new NotFoundException("No such partner");
        }
        return partner;
    }

    public Partner admit(PartnerForm form) {
        Partner partner = new Partner();
        partner.partnershipId = tenant.partnershipId();
        FormErrors errors = form.applyTo(partner);
        List<Partner> existing = directory();
        Set<String> taken = existing.stream().map(p -> p.id).collect(Collectors.toSet());
        boolean nameTaken = errors.isEmpty() && existing.stream().anyMatch(p -> p.name.equalsIgnoreCase(partner.name));
        if (nameTaken) {
            errors.add("name", "A partner called " + partner.name + " is already in this partnership");
        }
        errors.throwIfAny();
        partner.id = freeId(partner.partnershipId, partner.name, taken);
        partner.updatedAt = clock.instant();
        partner.persist();
        audit.record("partner.admitted", "partner", partner.id,
                "Admitted " + partner.name + " (" + partner.kind.label() + ") to the partnership");
        return partner;
    }

    public Partner updateOwn(PartnerForm form) {
        Partner partner = own();
        String before = describe(partner);
        form.applyTo(partner).throwIfAny();
        partner.updatedAt = clock.instant();
        audit.record("partner.profile-updated", "partner", partner.id,
                "Profile changed from [" + before + "] to [" + describe(partner) + "]");
        return partner;
    }

    static String describe(Partner p) {
        return "name=" + p.name + "; kind=" + p.kind + "; status=" + p.status + "; ico=" + p.icoRegistration
                + "; dpContact=" + p.dpContactName + " <" + p.dpContactEmail + ">; fundingEnd=" + p.fundingEndDate;
    }

    /** Ids read well in tokens and logs: the partnership's id and the name, made into a slug. */
    static String freeId(String partnershipId, String name, Set<String> taken) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = (partnershipId + "-" + slug);
        base = base.substring(0, Math.min(base.length(), 56)).replaceAll("-$", "");
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
