package org.cctvportal.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * The demo partnerships, matching the users of the local Keycloak realm: Thames Valley with its PCC office, six
 * councils, the hub operator and the police force, in the phases of the seed's roll-out (Milton Keynes, the hub and
 * the force live from the start, Oxford, Cherwell and Slough live from September 2025, West Berkshire onboarding,
 * Wokingham proposed); and Avon and Somerset, which must never see Thames Valley.
 * Seeded at start on the local stack only, and idempotent: a partner that exists is left as it is.
 */
@ApplicationScoped
public class PartnerDemo implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(PartnerDemo.class);

    /** A move of the demo's roll-out: to a phase, from a date, for a reason. */
    record Step(PartnerStatus to, LocalDate effective, String reason) {
    }

    record Seed(String partnership, String id, String name, PartnerKind kind, String ico, String contact,
            LocalDate fundingEnd, PartnerStatus admittedAs, LocalDate admitted, List<Step> steps) {
        Seed(String partnership, String id, String name, PartnerKind kind, String ico, String contact,
                LocalDate fundingEnd) {
            this(partnership, id, name, kind, ico, contact, fundingEnd, PartnerStatus.LIVE, START, List.of());
        }
    }

    /** The partnerships' start: the PCC offices, Milton Keynes (the first to go live), the hub and the force. */
    static final LocalDate START = LocalDate.of(2024, 4, 1);
    static final LocalDate OXFORDSHIRE_AND_SLOUGH_LIVE = LocalDate.of(2025, 9, 1);
    static final String PCC_ADMIN = "opcc.admin";

    static final List<Seed> PARTNERS = List.of(
            new Seed("thames-valley", "tv-opcc", "Office of the Police and Crime Commissioner for Thames Valley",
                    PartnerKind.PCC_OFFICE, "Z2719837", "Helen Marsh", null),
            new Seed("thames-valley", "tv-oxford-city", "Oxford City Council", PartnerKind.COUNCIL, "Z5724137",
                    "Information Governance Team", LocalDate.of(2028, 3, 31), PartnerStatus.ONBOARDING, START,
                    List.of(new Step(PartnerStatus.LIVE, OXFORDSHIRE_AND_SLOUGH_LIVE,
                            "Oxfordshire's cameras monitored from the Oxford Direct Services hub"))),
            new Seed("thames-valley", "tv-cherwell", "Cherwell District Council", PartnerKind.COUNCIL, "Z5930478",
                    "Data Protection Officer", LocalDate.of(2027, 3, 31), PartnerStatus.ONBOARDING, START,
                    List.of(new Step(PartnerStatus.LIVE, OXFORDSHIRE_AND_SLOUGH_LIVE,
                            "Oxfordshire's cameras monitored from the Oxford Direct Services hub"))),
            new Seed("thames-valley", "tv-milton-keynes", "Milton Keynes City Council", PartnerKind.COUNCIL,
                    "Z5627190", "Data Protection Officer", LocalDate.of(2029, 3, 31)),
            new Seed("thames-valley", "tv-slough", "Slough Borough Council", PartnerKind.COUNCIL, "Z6186543",
                    "Data Protection Officer", LocalDate.of(2027, 1, 31), PartnerStatus.PROPOSED, START,
                    List.of(new Step(PartnerStatus.ONBOARDING, LocalDate.of(2024, 11, 4),
                                    "Grace period agreed with the commissioners: the PCC office steps in"),
                            new Step(PartnerStatus.LIVE, OXFORDSHIRE_AND_SLOUGH_LIVE,
                                    "Live in tandem with Oxfordshire"))),
            new Seed("thames-valley", "tv-ods", "Oxford Direct Services", PartnerKind.OPERATOR, "ZA210834",
                    "Compliance Manager", null),
            new Seed("thames-valley", "tv-police", "Thames Valley Police", PartnerKind.POLICE_FORCE, "Z4867284",
                    "Data Protection Officer", null),
            new Seed("thames-valley", "tv-west-berkshire", "West Berkshire Council", PartnerKind.COUNCIL,
                    "Z5846213", "Data Protection Officer", LocalDate.of(2028, 3, 31), PartnerStatus.PROPOSED,
                    LocalDate.of(2025, 6, 2), List.of(new Step(PartnerStatus.ONBOARDING, LocalDate.of(2026, 3, 2),
                            "Data sharing agreement signed; estate survey under way"))),
            new Seed("thames-valley", "tv-wokingham", "Wokingham Borough Council", PartnerKind.COUNCIL, null,
                    "Data Protection Officer", null, PartnerStatus.PROPOSED, LocalDate.of(2026, 5, 1), List.of()),
            new Seed("avon-somerset", "as-opcc", "Office of the Police and Crime Commissioner for Avon and Somerset",
                    PartnerKind.PCC_OFFICE, "Z3021765", "Information Manager", null),
            new Seed("avon-somerset", "as-bristol", "Bristol City Council", PartnerKind.COUNCIL, "Z5749126",
                    "Data Protection Officer", LocalDate.of(2028, 3, 31)));

    @Inject
    PlatformProvisioning provisioning;

    @Inject
    UnattendedWork unattended;

    @Inject
    PartnerPhases phases;

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
        List<Seed> admitted = new java.util.ArrayList<>();
        provisioning.run(() -> {
            ensurePartnership("thames-valley", "Thames Valley CCTV Partnership", "Thames Valley");
            ensurePartnership("avon-somerset", "Avon and Somerset CCTV Partnership", "Avon and Somerset");
            PARTNERS.stream().filter(this::ensurePartner).forEach(admitted::add);
        });
        recordAdmissions("tv-opcc", "thames-valley");
        recordAdmissions("as-opcc", "avon-somerset");
        admitted.stream().filter(seed -> !seed.steps().isEmpty()).forEach(this::rollOut);
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

    /**
     * The roll-out of a partner admitted now, as its PCC office made it: each step through the database's one path
     * for a change of phase, so the timeline is what a real one would be.
     */
    private void rollOut(Seed seed) {
        String pccOffice = seed.partnership().equals("thames-valley") ? "tv-opcc" : "as-opcc";
        Partner current = new Partner();
        current.id = seed.id();
        current.name = seed.name();
        current.status = seed.admittedAs();
        for (Step step : seed.steps()) {
            unattended.forPartner(pccOffice, seed.partnership(), () -> phases.apply(current,
                    new PhaseForm.Change(step.to(), step.effective(), step.reason()), PCC_ADMIN));
            current.status = step.to();
        }
    }

    /** Admits a seed that is not there yet, in its first phase from its admission date; says whether it did. */
    private boolean ensurePartner(Seed seed) {
        if (Partner.findById(seed.id()) != null) {
            return false;
        }
        Partner partner = new Partner();
        partner.id = seed.id();
        partner.partnershipId = seed.partnership();
        partner.name = seed.name();
        partner.kind = seed.kind();
        partner.status = seed.admittedAs();
        partner.icoRegistration = seed.ico();
        partner.dpContactName = seed.contact();
        partner.dpContactEmail = "dpo@" + seed.id() + ".demo.cctv-portal.test";
        partner.fundingEndDate = seed.fundingEnd();
        // The admission's row of the timeline is dated by this (see partner_phase_admitted, V22).
        partner.updatedAt = seed.admitted().atStartOfDay(java.time.ZoneOffset.UTC).plusHours(9).toInstant();
        partner.persist();
        return true;
    }
}
