package org.cctvportal.platform.search;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.PageCount;

/**
 * The search box: asks every feature's {@link SearchHits} the caller may use how many records match, then fetches
 * the page asked for. The results run kind after kind (cameras, sites, recorders, bookings, evidence), so a page may
 * hold the end of one kind and the start of the next; {@code kind} narrows them to one.
 */
@ApplicationScoped
public class Search {

    @Inject
    Instance<SearchHits> features;

    @Inject
    SecurityIdentity identity;

    /** One kind's count, and its records on the page shown (possibly none). */
    public record Group(String kind, String label, long total, List<SearchHit> hits) {
    }

    /**
     * The page of results: every kind offered with its count (for the summary), the kind shown (null for all), the
     * groups on this page, and the page's place in all the results shown.
     */
    public record Results(SearchTerm term, String kind, List<Group> kinds, List<Group> groups, int page, int pageSize,
            long total) implements PageCount {


        public List<SearchHit> items() {
            return groups.stream().flatMap(g -> g.hits().stream()).toList();
        }
    }

    public Results find(SearchTerm term, String kind, int page, int size) {
        List<SearchHits> offered = features.stream().filter(f -> f.offeredTo(identity))
                .sorted(Comparator.comparingInt(f -> f.kind().order())).toList();
        String shown = kind == null || kind.isBlank() ? null : kind.strip();
        if (shown != null && offered.stream().noneMatch(f -> f.kind().key().equals(shown))) {
            new FormErrors().add("kind", "kind must be one of " + String.join(", ",
                    offered.stream().map(f -> f.kind().key()).toList())).throwIfAny();
        }
        List<Group> kinds = offered.stream().map(f -> new Group(f.kind().key(), f.kind().label(), f.count(term), List.of()))
                .toList();
        long offset = (long) (page - 1) * size;
        long start = 0;
        long total = 0;
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            Group counted = kinds.get(i);
            if (shown != null && !shown.equals(counted.kind())) {
                continue;
            }
            total += counted.total();
            long from = Math.max(offset, start);
            long to = Math.min(offset + size, start + counted.total());
            if (from < to) {
                groups.add(new Group(counted.kind(), counted.label(), counted.total(),
                        offered.get(i).hits(term, (int) (from - start), (int) (to - from))));
            }
            start += counted.total();
        }
        return new Results(term, shown, kinds, groups, page, size, total);
    }
}
