package org.cctvportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the sign-in service answers: without it nobody can sign in to a page (the API still verifies the
 * tokens it is given). Asks afresh each time, so readiness follows Keycloak going and coming back at once.
 */
@Readiness
@ApplicationScoped
public class SignInHealthCheck implements HealthCheck {

    @Inject
    SignInService signIn;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Sign-in service (Keycloak)")
                .withData("realm", signIn.realm());
        if (signIn.probe()) {
            return response.up().build();
        }
        return response.down().withData("error", signIn.problem()).build();
    }
}
