package org.cctvportal.evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The custody log as a person reads it: one person viewing or downloading the same file again and again within a
 * short time is one line with a count. The chain itself keeps every event; only the page folds them.
 */
public final class CustodyLogLines {

    static final Duration WINDOW = Duration.ofMinutes(30);
    private static final Set<String> REPEATABLE = Set.of(Custody.Action.VIEWED.name(),
            Custody.Action.DOWNLOADED.name());

    /** One line of the log: a single event, or a run of like ones from {@code first} to {@code last}. */
    public record Line(CustodyEvent first, CustodyEvent last, int count) {
        public boolean repeated() {
            return count > 1;
        }

        public String action() {
            return first.action;
        }

        public String actor() {
            return first.actor;
        }

        /** The action in words: "Downloaded", "Release requested". */
        public String actionLabel() {
            String words = first.action.replace('_', ' ').toLowerCase(Locale.UK);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    private CustodyLogLines() {
    }

    /** Folds {@code events} (in chain order) into lines. */
    static List<Line> of(List<CustodyEvent> events) {
        List<Line> lines = new ArrayList<>();
        for (CustodyEvent event : events) {
            Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (previous != null && repeats(previous.first(), event)) {
                lines.set(lines.size() - 1, new Line(previous.first(), event, previous.count() + 1));
            } else {
                lines.add(new Line(event, event, 1));
            }
        }
        return lines;
    }

    private static boolean repeats(CustodyEvent first, CustodyEvent next) {
        return REPEATABLE.contains(next.action) && next.action.equals(first.action)
                && Objects.equals(next.actor, first.actor) && Objects.equals(next.fileId, first.fileId)
                && !next.occurredAt.isAfter(first.occurredAt.plus(WINDOW));
    }
}
