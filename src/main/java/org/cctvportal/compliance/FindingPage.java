package org.cctvportal.compliance;

import java.util.List;
import java.util.Map;

/** A page of findings, most severe first; across partners, with the partnership's partners' names by id. */
public record FindingPage(List<Finding> findings, int page, int pageSize, long total, Map<String, String> partners) {
    public String partnerName(String partnerId) {
        return partners.getOrDefault(partnerId, partnerId);
    }

    public int lastPage() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    public long firstShown() {
        return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long lastShown() {
        return Math.min(total, (long) page * pageSize);
    }
}
