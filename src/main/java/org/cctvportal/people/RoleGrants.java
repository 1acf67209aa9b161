package org.cctvportal.people;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.partner.PartnerKind;
import org.cctvportal.platform.security.Roles;

/**
 * Which realm roles a person may hold, by the kind of their partner, and which of those a given person may grant: the
 * one table the people pages, the API and the service read. Partnership-wide roles (admin, analyst) belong to the PCC
 * office alone; running a hub belongs to the operator. Nobody grants a role they could not hold themselves: the
 * partnership-wide roles are granted only by a partnership admin, and a partner manager manages only people whose
 * every role they could grant. The service operator's platform admin, who holds no partner role, grants the
 * partnership-wide roles at a PCC office and nothing else: it makes a partnership's admins, who do the rest. The
 * database holds the {@code person} table to the same roles per kind (the trigger {@code person_roles_fit_kind}).
 */
public final class RoleGrants {

    /** Every role the portal manages, in the order forms offer them. */
    public static final List<String> ALL = List.of(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST,
            Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.HUB_SUPERVISOR, Roles.OPERATOR, Roles.EVIDENCE_OFFICER,
            Roles.AUDITOR);

    /** Roles every kind of partner may give its people. */
    private static final List<String> EVERY_PARTNER = List.of(Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER,
            Roles.AUDITOR);

    /** The roles that reach across the partnership: only a partnership admin grants them. */
    static final Set<String> PARTNERSHIP_WIDE = Set.of(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST);

    private static final Map<PartnerKind, Set<String>> BY_KIND = new EnumMap<>(PartnerKind.class);

    static {
        BY_KIND.put(PartnerKind.PCC_OFFICE, ordered(List.of(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),
                EVERY_PARTNER, List.of(Roles.EVIDENCE_OFFICER)));
        BY_KIND.put(PartnerKind.COUNCIL, ordered(EVERY_PARTNER, List.of(Roles.EVIDENCE_OFFICER)));
        BY_KIND.put(PartnerKind.OPERATOR, ordered(EVERY_PARTNER,
                List.of(Roles.HUB_SUPERVISOR, Roles.OPERATOR, Roles.EVIDENCE_OFFICER)));
        BY_KIND.put(PartnerKind.POLICE_FORCE, ordered(EVERY_PARTNER, List.of(Roles.EVIDENCE_OFFICER)));
        BY_KIND.put(PartnerKind.BUSINESS, ordered(EVERY_PARTNER));
    }

    private RoleGrants() {
    }

    /** The roles a person of a partner of this kind may hold. */
    public static Set<String> heldAt(PartnerKind kind) {
        return BY_KIND.get(kind);
    }

    /** The roles someone holding {@code grantorRoles} may give a person of a partner of {@code kind}. */
    public static Set<String> grantable(PartnerKind kind, Collection<String> grantorRoles) {
        if (grantorRoles.contains(Roles.PLATFORM_ADMIN)) {
            return kind == PartnerKind.PCC_OFFICE ? ordered(List.copyOf(PARTNERSHIP_WIDE)) : Set.of();
        }
        Set<String> roles = new LinkedHashSet<>(heldAt(kind));
        if (!grantorRoles.contains(Roles.PARTNERSHIP_ADMIN)) {
            roles.removeAll(PARTNERSHIP_WIDE);
        }
        return roles;
    }

    /** Whether the grantor may manage a person holding {@code personRoles} (every one of them grantable). */
    public static boolean mayManage(PartnerKind kind, Collection<String> grantorRoles,
            Collection<String> personRoles) {
        return grantable(kind, grantorRoles).containsAll(personRoles);
    }

    /** A person-readable name of a role, for forms and lists. */
    public static String label(String role) {
        return switch (role) {
            case Roles.PARTNERSHIP_ADMIN -> "Partnership admin";
            case Roles.PCC_ANALYST -> "PCC analyst";
            case Roles.PARTNER_MANAGER -> "Partner manager";
            case Roles.PARTNER_VIEWER -> "Partner viewer";
            case Roles.HUB_SUPERVISOR -> "Hub supervisor";
            case Roles.OPERATOR -> "Operator";
            case Roles.EVIDENCE_OFFICER -> "Evidence officer";
            case Roles.AUDITOR -> "Auditor";
            default -> role;
        };
    }

    @SafeVarargs
    private static Set<String> ordered(List<String>... parts) {
        Set<String> roles = new LinkedHashSet<>();
        for (List<String> part : parts) {
            roles.addAll(part);
        }
        Set<String> inOrder = new LinkedHashSet<>(ALL);
        inOrder.retainAll(roles);
        return Collections.unmodifiableSet(inOrder);
    }
}
