package org.cctvportal.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.audit.AuditEvent;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.PlatformProvisioning;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The demo partnerships, matching the users of the local Keycloak realm: Thames Valley with its PCC office, four
 * councils, the hub operator and the police force; and Avon and Somerset, which must never see Thames Valley.
 * Seeded at start on the local stack only, and idempotent: a partner that exists is left as it is.
 */
@ApplicationScoped
public class PartnerDemo implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(PartnerDemo.class);

    record Seed(String partnership, String id, String name, PartnerKind kind, String ico, String contact,
            LocalDate fundingEnd) {
    }

    static final List<Seed> PARTNERS = List.of(
            new Seed("thames-valley", "tv-opcc", "Office of the Police and Crime Commissioner for Thames Valley",
                    PartnerKind.PCC_OFFICE, "Z2719837", "Helen Marsh", null),
            new Seed("thames-valley", "tv-oxford-city", "Oxford City Council", PartnerKind.COUNCIL, "Z5724137",
                    "Information Governance Team", LocalDate.of(2028, 3, 31)),
            new Seed("thames-valley", "tv-cherwell", "Cherwell District Council", PartnerKind.COUNCIL, "Z5930478",
                    "Data Protection Officer", LocalDate.of(2027, 3, 31)),
            new Seed("thames-valley", "tv-milton-keynes", "Milton Keynes City Council", PartnerKind.COUNCIL,
                    "Z5627190", "Data Protection Officer", LocalDate.of(2029, 3, 31)),
            new Seed("thames-valley", "tv-slough", "Slough Borough Council", PartnerKind.COUNCIL, "Z6186543",
                    "Data Protection Officer", LocalDate.of(2027, 1, 31)),
            new Seed("thames-valley", "tv-ods", "Oxford Direct Services", PartnerKind.OPERATOR, "ZA210834",
                    "Compliance Manager", null),
            new Seed("thames-valley", "tv-police", "Thames Valley Police", PartnerKind.POLICE_FORCE, "Z4867284",
                    "Data Protection Officer", null),
            new Seed("avon-somerset", "as-opcc", "Office of the Police and Crime Commissioner for Avon and Somerset",
                    PartnerKind.PCC_OFFICE, "Z3021765", "Information Manager", null),
            new Seed("avon-somerset", "as-bristol", "Bristol City Council", PartnerKind.COUNCIL, "Z5749126",
                    "Data Protection Officer", LocalDate.of(2028, 3, 31)));

    @Inject
    PlatformProvisioning provisioning;

    @Inject
    Clock clock;

    @Inject
    UnattendedWork unattended;

    @Inject
    AuditService audit;

    @Override
    public String name() {
        return "partner";
    }

    @Override
    public Set<String> after() {
        return Set.of();
    }

    @Override
    public void seed() {
        provisioning.run(() -> {
            ensurePartnership("thames-valley", "Thames Valley CCTV Partnership", "Thames Valley");
            ensurePartnership("avon-somerset", "Avon and Somerset CCTV Partnership", "Avon and Somerset");
            PARTNERS.forEach(this::ensurePartner);
        });
        recordAdmissions("tv-opcc", "thames-valley");
        recordAdmissions("as-opcc", "avon-somerset");
        LOG.info("Demo partnerships and partners are in place");
    }

    /** The PCC office's audit trail starts with the admission of each partner, as it would in real life. */
    private void recordAdmissions(String pccOffice, String partnership) {
        unattended.forPartner(pccOffice, partnership, () -> {
            if (AuditEvent.count() == 0) {
                PARTNERS.stream().filter(seed -> seed.partnership().equals(partnership)).forEach(seed -> audit.record(
                        "partner.admitted", "partner", seed.id(),
                        "Admitted " + seed.name() + " (" + seed.kind().label() + ") to the partnership"));
            }
            return null;
        });
    }

    private void ensurePartnership(String id, String name, String region) {
        if (Partnership.findById(id) == null) {
            Partnership.create(id, name, region).persist();
        }
    }

    private void ensurePartner(Seed seed) {
        if (Partner.findById(seed.id()) != null) {
            return;
        }
        Partner partner = new Partner();
        partner.id = seed.id();
        partner.partnershipId = seed.partnership();
        partner.name = seed.name();
        partner.kind = seed.kind();
        partner.status = PartnerStatus.ACTIVE;
        partner.icoRegistration = seed.ico();
        partner.dpContactName = seed.contact();
        partner.dpContactEmail = "dpo@" + seed.id() + ".demo.cctv-portal.test";
        partner.fundingEndDate = seed.fundingEnd();
        partner.updatedAt = clock.instant();
        partner.persist();
    }
}
