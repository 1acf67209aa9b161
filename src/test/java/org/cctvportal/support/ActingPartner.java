package org.cctvportal.support;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.util.function.Supplier;
import org.cctvportal.platform.tenancy.UnattendedWork;

/** Runs work as a Thames Valley partner outside any request, in a request context of its own, as the demo seeds do. */
public final class ActingPartner {

    private ActingPartner() {
    }

    public static <T> T as(UnattendedWork unattended, String partner, Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return unattended.forPartner(partner, "thames-valley", work);
        } finally {
            context.terminate();
        }
    }
}
