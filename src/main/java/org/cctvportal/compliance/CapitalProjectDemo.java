package org.cctvportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The demo's capital project, after its findings: Oxford Direct Services' "Control-room upgrade", the Mansfield
 * report's project in Thames Valley, holding the control-room workstations its plan replaces this financial year
 * (the Windows 7 one among them). Made through the projects' service as a manager would. Idempotent: a partner with
 * any project is left as it is.
 */
@ApplicationScoped
public class CapitalProjectDemo implements DemoSeed {

    static final String OPERATOR = "tv-ods";
    static final String PARTNERSHIP = "thames-valley";
    static final String NAME = "Control-room upgrade";
    /** The hubs' control-room workstations, where the plan holds them. */
    static final List<String> WORKSTATIONS = List.of("ODS-OXF-WS-01", "ODS-MK-WS-01", "ODS-OXF-WS-02",
            "ODS-MK-WS-02");

    private static final Logger LOG = Logger.getLogger(CapitalProjectDemo.class);

    @Inject
    CapitalProjectService projects;

    @Inject
    CapitalProjectReads reads;

    @Inject
    UnattendedWork unattended;

    @Override
    public String name() {
        return "capital-projects";
    }

    @Override
    public Set<String> after() {
        return Set.of("compliance");
    }

    @Override
    public void seed() {
        Long project = unattended.forPartner(OPERATOR, PARTNERSHIP, () -> CapitalProject.count() > 0 ? null
                : projects.create(NAME).id);
        if (project == null) {
            return;
        }
        int added = 0;
        for (String workstation : WORKSTATIONS) {
            boolean inPlan = unattended.forPartner(OPERATOR, PARTNERSHIP,
                    () -> !reads.inPlanNamed(OPERATOR, workstation).isEmpty());
            if (inPlan) {
                unattended.forPartner(OPERATOR, PARTNERSHIP, () -> projects.add(project, workstation));
                added++;
            }
        }
        LOG.infof("Demo capital project %s with %d items", NAME, added);
    }
}
