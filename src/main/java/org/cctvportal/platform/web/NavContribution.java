package org.cctvportal.platform.web;

import java.util.List;

/**
 * A feature's entries in the service navigation. Each feature that has a menu entry publishes one bean of this type
 * next to its resources, so the layout knows no feature: {@link Navigation} gathers every contribution and orders
 * the entries by {@link NavItem#order()}.
 */
public interface NavContribution {

    List<NavItem> navigation();
}
