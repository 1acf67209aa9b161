package org.cctvportal.support;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every REST route the portal's own code registers, found from its compiled classes, so a new route joins the access
 * tests without anyone remembering to add it.
 */
public final class Routes {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "GET", POST.class,
            "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");

    private Routes() {
    }

    /** "METHOD /path/{param}" for every resource method. */
    public static List<String> all() {
        TreeSet<String> routes = new TreeSet<>();
        for (Class<?> type : portalClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface()) {
                continue; // an interface with a path is a REST client of another service (Keycloak), not a route
            }
            for (Method method : type.getDeclaredMethods()) {
                METHODS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        Path methodPath = method.getAnnotation(Path.class);
                        routes.add(verb + " " + join(classPath.value(), methodPath == null ? "" : methodPath.value()));
                    }
                });
            }
        }
        return new ArrayList<>(routes);
    }

    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> portalClasses() {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        try (var files = Files.walk(root.resolve("org/cctvportal"))) {
            List<Class<?>> classes = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, Routes.class.getClassLoader()));
            }
            return classes;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not list the portal's classes", e);
        }
    }
}
