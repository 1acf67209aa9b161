package org.cctvportal.platform.search;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;

/**
 * What one feature finds for the search box over its own tables. Each feature publishes one bean per kind of record;
 * the search picks them all up. Tenancy is the framework's and the database's: an implementation reads as the caller,
 * so it never sees what the caller may not.
 */
public interface SearchHits {

    /** The kind's key in addresses and JSON ("camera"). */
    String kind();

    /** The kind's heading, plural ("Cameras"). */
    String label();

    /** Where the kind comes in the results, lowest first. */
    int order();

    /** Whether the caller's roles let them see this kind at all. */
    boolean offeredTo(SecurityIdentity caller);

    /** How many records of this kind match. */
    long count(SearchTerm term);

    /** The matching records from {@code offset}, at most {@code limit}, in a stable order. */
    List<SearchHit> hits(SearchTerm term, int offset, int limit);
}
