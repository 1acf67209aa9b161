package org.cctvportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.cctvportal.assurance.AssuranceSummary;

/**
 * The PCC dashboard's figures as last assembled for each partnership (formatted, charts drawn and that part of the
 * page rendered; the page around them is not kept), until the refresh job takes new figures: they change only then. An entry belongs to one partnership and one kind of reader (with or without links
 * into evidence) and is used only while the partnership's taking (newest and oldest time, partners taken), the
 * financial year and the month are the ones it was assembled for; any other request fills it again through the
 * named path, under row-level security, as an uncached read would. Nothing is shared between partnerships: the key
 * is the partnership of the caller's own token.
 *
 * <p>The assurance summary is kept beside them, for one partnership and the caller's own partner (row-level security
 * decides what a caller reads by its partner), while the partnership's assurance stamp (the highest number its
 * partners' assurance rows were stamped with when they last changed, see V14) and the London date are the ones it
 * was read at: any change to a notice, an acknowledgement or a register moves the stamp in its own transaction, and
 * overdue requests and reviews move with the date, so the next request reads the summary again.
 */
@ApplicationScoped
public class PartnershipViews {

    record Key(String partnership, boolean evidenceLinks) {
    }

    /** The rendered figures and the lines of the "Needs attention" panel taken from the same figures. */
    record Rendered(String html, java.util.List<Attention.Item> attention) {
    }

    record Entry(DashboardReads.Taking taking, int financialYear, String month, Rendered figures) {
        boolean isFor(DashboardReads.Taking now, int year, String m) {
            return taking.equals(now) && financialYear == year && month.equals(m);
        }
    }

    record SummaryKey(String partnership, String partner) {
    }

    record SummaryEntry(long stamp, LocalDate day, AssuranceSummary.Summary summary) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    private final Map<SummaryKey, SummaryEntry> summaries = new ConcurrentHashMap<>();

    /** The partnership's rendered figures for this taking, rendered by {@code fill} when none are kept for it. */
    Rendered figures(String partnership, boolean evidenceLinks, DashboardReads.Taking taking, int financialYear,
            String month, Supplier<Rendered> fill) {
        Key key = new Key(partnership, evidenceLinks);
        Entry kept = entries.get(key);
        if (kept != null && kept.isFor(taking, financialYear, month)) {
            return kept.figures();
        }
        Rendered figures = fill.get();
        entries.put(key, new Entry(taking, financialYear, month, figures));
        return figures;
    }

    /** The partnership's assurance summary for this stamp and day, read by {@code fill} when none is kept for them. */
    AssuranceSummary.Summary summary(String partnership, String partner, long stamp, LocalDate day,
            Supplier<AssuranceSummary.Summary> fill) {
        SummaryKey key = new SummaryKey(partnership, partner);
        SummaryEntry kept = summaries.get(key);
        if (kept != null && kept.stamp() == stamp && kept.day().equals(day)) {
            return kept.summary();
        }
        AssuranceSummary.Summary summary = fill.get();
        summaries.put(key, new SummaryEntry(stamp, day, summary));
        return summary;
    }
}
