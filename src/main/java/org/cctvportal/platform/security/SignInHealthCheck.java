package org.cctvportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.health.api.Wellness;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether the sign-in service answers, reported under {@code /q/health/well} (and {@code /q/health}) but not in
 * readiness: a Keycloak outage is the same for every instance, so taking them out of service would turn "sign-in is
 * unavailable" into no portal at all, while bearer tokens and existing sessions go on working. Asks afresh each time,
 * so the report follows Keycloak going and coming back at once.
 */
@Wellness
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
