package org.cctvportal.platform.web;

import io.quarkus.arc.All;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service navigation assembled from every feature's {@link NavContribution}: each role's short list, its
 * dashboard first, then the lists its work starts from. Two entries may not share an order, so the menu's order never
 * depends on the order the container happens to find the contributions in.
 */
@Singleton
public class Navigation {

    private final List<NavItem> items;

    @Inject
    Navigation(@All List<NavContribution> contributions) {
        List<NavItem> all = contributions.stream().flatMap(c -> c.navigation().stream())
                .sorted(Comparator.comparingInt(NavItem::order)).toList();
        Map<Integer, NavItem> byOrder = new HashMap<>();
        for (NavItem item : all) {
            NavItem other = byOrder.putIfAbsent(item.order(), item);
            if (other != null) {
                throw new IllegalStateException("Navigation entries '" + other.label() + "' and '" + item.label()
                        + "' share the order " + item.order());
            }
        }
        this.items = all;
    }

    /** Every entry, in menu order. */
    public List<NavItem> items() {
        return items;
    }

    /** The entries {@code identity}'s roles may see, in menu order. */
    public List<NavItem> visibleTo(SecurityIdentity identity) {
        return items.stream().filter(item -> item.visibleTo(identity)).toList();
    }
}
