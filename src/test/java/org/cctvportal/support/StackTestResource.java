package org.cctvportal.support;

import io.quarkus.test.common.QuarkusTestResource;
import org.cctvportal.stack.LocalStackResource;

/** Every {@code @QuarkusTest} runs against the real local stack: PostgreSQL, Keycloak and S3Proxy. */
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
public final class StackTestResource {
    private StackTestResource() {
    }
}
