package org.cctvportal.platform.web;

/**
 * Where one page of a list stands among all its pages, for the pages' "Previous" and "Next" links and their
 * "Showing 26 to 50 of 120" line: a page of results gives its number (from 1), its size and how many match in all.
 */
public interface PageCount {

    int page();

    int pageSize();

    long total();

    default int lastPage() {
        return (int) Math.max(1, (total() + pageSize() - 1) / pageSize());
    }

    default boolean hasPrevious() {
        return page() > 1;
    }

    default boolean hasNext() {
        return page() < lastPage();
    }

    default long firstShown() {
        return total() == 0 ? 0 : (long) (page() - 1) * pageSize() + 1;
    }

    default long lastShown() {
        return Math.min(total(), (long) page() * pageSize());
    }
}
