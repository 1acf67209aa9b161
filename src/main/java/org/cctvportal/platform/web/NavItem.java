package org.cctvportal.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.cctvportal.platform.security.Roles;

/**
 * One entry of the service navigation, shown to the roles that may use the page behind it ({@link #EVERY_ROLE}: every
 * role of a partner) and, where a role alone does not say it ({@code shown}), while the feature says the page has
 * something for the caller. Features contribute their entries through a {@link NavContribution}; {@code order} places
 * an entry among every feature's (lowest first).
 */
public record NavItem(int order, String label, String href, Set<String> roles, BooleanSupplier shown) {

    public NavItem(int order, String label, String href, Set<String> roles) {
        this(order, label, href, roles, () -> true);
    }

    public static final Set<String> EVERY_ROLE = Set.of();

    public static final Set<String> PCC = Set.of(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST);
    public static final Set<String> COUNCIL = Set.of(Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER);
    public static final Set<String> HUB = Set.of(Roles.HUB_SUPERVISOR, Roles.OPERATOR);

    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** A platform admin, who belongs to no partnership, sees only the entries made for that role. */
    boolean visibleTo(SecurityIdentity identity) {
        if (identity.hasRole(Roles.PLATFORM_ADMIN)) {
            return roles.contains(Roles.PLATFORM_ADMIN);
        }
        return (roles.isEmpty() || roles.stream().anyMatch(identity::hasRole)) && shown.getAsBoolean();
    }
}
