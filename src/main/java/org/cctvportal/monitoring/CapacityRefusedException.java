package org.cctvportal.monitoring;

import java.util.List;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/** Approving would overbook the hub: the times (Europe/London) and numbers, nothing changed; 409 in the API. */
public class CapacityRefusedException extends InvalidInputException {

    private final transient List<OccurrenceStore.Breach> breaches;

    public CapacityRefusedException(String message, List<OccurrenceStore.Breach> breaches) {
        super(new FormErrors().add("capacity", message));
        this.breaches = List.copyOf(breaches);
    }

    public List<OccurrenceStore.Breach> breaches() {
        return breaches;
    }

    @Override
    public String getMessage() {
        return errors().get("capacity");
    }

    @Override
    public int status() {
        return 409;
    }
}
