package org.cctvportal.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.cctvportal.platform.web.Formats;

/**
 * The "Needs attention" panel that every dashboard opens with: what needs the caller now, each a count linking to a
 * list of exactly those rows. Only lines with something in them are shown; an empty panel says so.
 */
public record Attention(List<Item> items) {

    /** One line: how many, of what, and where those rows are listed. */
    public record Item(String key, long count, String label, String href) {
        /** The count as the page writes it: 1,234. */
        public String figure() {
            return Formats.count(count);
        }
    }

    /** Collects the lines in the order the panel shows them, leaving out those with nothing to do. */
    public static final class Builder {
        private final List<Item> items = new ArrayList<>();

        public Builder add(String key, long count, String one, String many, String href) {
            if (count > 0) {
                items.add(new Item(key, count, count == 1 ? one : many, href));
            }
            return this;
        }

        public Builder addAll(List<Item> more) {
            items.addAll(more);
            return this;
        }

        public Attention build() {
            List<Item> sorted = new ArrayList<>(items);
            sorted.sort(java.util.Comparator.comparingInt(Attention::rank));
            return new Attention(List.copyOf(sorted));
        }
    }

    /** The panel's order, by the start of each line's key: the gravest first. */
    static final List<String> ORDER = List.of("critical-findings", "switch-off-notices", "overdue-requests",
            "bookings-waiting", "rota-gaps", "shares-expiring");

    private static int rank(Item item) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (item.key().startsWith(ORDER.get(i))) {
                return i;
            }
        }
        return ORDER.size();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean empty() {
        return items.isEmpty();
    }
}
