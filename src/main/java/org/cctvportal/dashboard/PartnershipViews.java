package org.cctvportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The PCC dashboard's figures as last assembled for each partnership (formatted, charts drawn and that part of the
 * page rendered; the page around them and the live assurance summary are not kept), until the refresh job takes new
 * figures: they change only then. An entry belongs to one partnership and one kind of reader (with or without links
 * into evidence) and is used only while the partnership's taking (newest and oldest time, partners taken), the
 * financial year and the month are the ones it was assembled for; any other request fills it again through the
 * named path, under row-level security, as an uncached read would. Nothing is shared between partnerships: the key
 * is the partnership of the caller's own token.
 */
@ApplicationScoped
public class PartnershipViews {

    record Key(String partnership, boolean evidenceLinks) {
    }

    record Entry(DashboardReads.Taking taking, int financialYear, String month, String figures) {
        boolean isFor(DashboardReads.Taking now, int year, String m) {
            return taking.equals(now) && financialYear == year && month.equals(m);
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** The partnership's rendered figures for this taking, rendered by {@code fill} when none are kept for it. */
    String figures(String partnership, boolean evidenceLinks, DashboardReads.Taking taking, int financialYear,
            String month, Supplier<String> fill) {
        Key key = new Key(partnership, evidenceLinks);
        Entry kept = entries.get(key);
        if (kept != null && kept.isFor(taking, financialYear, month)) {
            return kept.figures();
        }
        String figures = fill.get();
        entries.put(key, new Entry(taking, financialYear, month, figures));
        return figures;
    }
}
