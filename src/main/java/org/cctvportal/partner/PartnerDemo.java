package org.cctvportal.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.time.ZoneOffset;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The demo partnerships, matching the users of the local Keycloak realm: Thames Valley with its PCC office, six
 * councils, the hub operator, the police force and a shopping centre that buys monitoring, in the phases of the seed's roll-out (Milton Keynes, the hub and
 * the force live from the start, Oxford, Cherwell and Slough live from September 2025, West Berkshire onboarding,
 * Wokingham proposed); and Avon and Somerset (its PCC office, Bristol and the operator of its Bristol hub), which
 * must never see Thames Valley. The partnerships and their PCC
 * offices are opened by the service operator's console first (the service feature's demo); each PCC office then
 * admits its partners through {@link PartnerService} and rolls them out through {@link PartnerPhases}, as a real one
 * would.
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
    public static final LocalDate START = LocalDate.of(2024, 4, 1);
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
            new Seed("thames-valley", "tv-kingsmead", "Kingsmead Quarter Shopping Centre", PartnerKind.BUSINESS,
                    "ZB481207", "Centre Manager", null, PartnerStatus.ONBOARDING, LocalDate.of(2026, 6, 1),
                    List.of(new Step(PartnerStatus.LIVE, LocalDate.of(2026, 9, 1),
                            "Monitoring contract signed with Oxford Direct Services' Milton Keynes hub"))),
            new Seed("avon-somerset", "as-opcc", "Office of the Police and Crime Commissioner for Avon and Somerset",
                    PartnerKind.PCC_OFFICE, "Z3021765", "Information Manager", null),
            new Seed("avon-somerset", "as-bristol", "Bristol City Council", PartnerKind.COUNCIL, "Z5749126",
                    "Data Protection Officer", LocalDate.of(2028, 3, 31)),
            new Seed("avon-somerset", "as-control", "Avon Control Room Services", PartnerKind.OPERATOR, "ZB418802",
                    "Compliance Manager", null));

    @Inject
    UnattendedWork unattended;

    @Inject
    PartnerService partners;

    @Inject
    PartnerPhases phases;

    @Override
    public String name() {
        return "partner";
    }

    /** The partnerships and their PCC offices are opened first, as the service operator opens any (ServiceDemo). */
    @Override
    public Set<String> after() {
        return Set.of("service");
    }

    @Override
    public void seed() {
        PARTNERS.stream().filter(seed -> seed.kind() == PartnerKind.PCC_OFFICE).forEach(this::keepProfile);
        List<Seed> admitted = PARTNERS.stream().filter(seed -> seed.kind() != PartnerKind.PCC_OFFICE)
                .filter(this::admitIfMissing).toList();
        admitted.stream().filter(seed -> !seed.steps().isEmpty()).forEach(this::rollOut);
        LOG.info("Demo partnerships and partners are in place");
    }

    /** The PCC office's own profile (its ICO registration and data-protection contact), as it keeps it itself. */
    private void keepProfile(Seed seed) {
        unattended.forPartner(seed.id(), seed.partnership(), () -> {
            Partner office = Partner.findById(seed.id());
            if (office != null && office.icoRegistration == null) {
                office.icoRegistration = seed.ico();
                office.dpContactName = seed.contact();
                office.dpContactEmail = contactEmail(seed);
            }
            return null;
        });
    }

    /** Admits a seed that is not there yet, as its PCC office, in its first phase from its date; says whether. */
    private boolean admitIfMissing(Seed seed) {
        if (unattended.atPlatform(() -> Partner.findById(seed.id()) != null)) {
            return false;
        }
        unattended.forPartner(pccOffice(seed), seed.partnership(), () -> partners.admit(seed.id(),
                new PartnerForm.NewPartner(seed.name(), seed.kind(), seed.admittedAs(), seed.ico(), seed.contact(),
                        contactEmail(seed), seed.fundingEnd()),
                seed.admitted().atStartOfDay(ZoneOffset.UTC).plusHours(9).toInstant()));
        return true;
    }

    private static String pccOffice(Seed seed) {
        return seed.partnership().equals("thames-valley") ? "tv-opcc" : "as-opcc";
    }

    private static String contactEmail(Seed seed) {
        return "dpo@" + seed.id() + ".demo.cctv-portal.test";
    }

    /**
     * The roll-out of a partner admitted now, as its PCC office made it: each step through the database's one path
     * for a change of phase, so the timeline is what a real one would be.
     */
    private void rollOut(Seed seed) {
        String pccOffice = pccOffice(seed);
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
}
