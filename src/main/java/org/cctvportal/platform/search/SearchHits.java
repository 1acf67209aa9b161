package org.cctvportal.platform.search;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;

/**
 * What one feature finds for the search box over its own tables. Each feature publishes one bean per kind of record;
 * the search picks them all up. Tenancy is the framework's and the database's: an implementation reads as the caller,
 * so it never sees what the caller may not, and reaches another partner's records only through the named
 * cross-partner path its pages already use for the caller's roles (the PCC office's estate, a hub's bookings, the
 * evidence vault), never by a wider query of its own.
 */
public interface SearchHits {

    /** A kind of record: its key in addresses and JSON ("camera"), its heading ("Cameras"), its place (lowest first). */
    record Kind(String key, String label, int order) {
    }

    Kind kind();

    /** Whether the caller's roles let them see this kind at all: every partner role unless a feature says otherwise. */
    default boolean offeredTo(SecurityIdentity caller) {
        return true;
    }

    /** How many records of this kind match. */
    long count(SearchTerm term);

    /** The matching records from {@code offset}, at most {@code limit}, in a stable order. */
    List<SearchHit> hits(SearchTerm term, int offset, int limit);
}
