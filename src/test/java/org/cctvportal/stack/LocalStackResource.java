package org.cctvportal.stack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the local stack once for the whole test run and stops it, with everything it started, at the end. */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    private static LocalStack stack;

    @Override
    public synchronized Map<String, String> start() {
        stack = new LocalStack(LocalStack.Flavour.TEST);
        return stack.start();
    }

    @Override
    public synchronized void stop() {
        if (stack != null) {
            stack.stop();
        }
    }

    /** The running stack, for tests that talk to Keycloak directly (tokens) or need the portal's URL. */
    public static LocalStack stack() {
        return stack;
    }
}
