package org.cctvportal.compliance;

import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.PageCount;

/** A page of findings, most severe first; across partners, with the partnership's partners' names by id. */
public record FindingPage(List<Finding> findings, int page, int pageSize, long total, Map<String, String> partners)
        implements PageCount {
    public String partnerName(String partnerId) {
        return partners.getOrDefault(partnerId, partnerId);
    }
}
