package org.openprocure.systemtests.endpoints;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every endpoint of a packaged application, read from the JAX-RS annotations of the classes in its
 * {@code target/quarkus-app}: the application's own jar and the platform's shared libraries
 * ({@code org.openprocure.*}). Nothing is hand-listed, so an endpoint added to the code is in the
 * catalog on the next build.
 */
public final class EndpointCatalog {

    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD");

    private EndpointCatalog() {
    }

    /** The endpoints of {@code application}, packaged under {@code repoRoot/<application>/target/quarkus-app}. */
    public static List<Endpoint> of(Path repoRoot, String application) {
        List<Endpoint> endpoints = new ArrayList<>();
        try (PackagedApplication packaged = PackagedApplication.open(repoRoot, application)) {
            for (Class<?> type : packaged.ownClasses()) {
                endpoints.addAll(endpointsOf(application, type));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static List<Endpoint> endpointsOf(String application, Class<?> type) {
        Annotation classPath = annotation(type.getDeclaredAnnotations(), "jakarta.ws.rs.Path");
        if (classPath == null || type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            return List.of();
        }
        List<Endpoint> endpoints = new ArrayList<>();
        Method[] methods;
        try {
            methods = type.getDeclaredMethods();
        } catch (LinkageError e) {
            throw new IllegalStateException("cannot read the methods of " + type.getName(), e);
        }
        for (Method method : methods) {
            String httpMethod = null;
            for (Annotation a : method.getDeclaredAnnotations()) {
                String simple = a.annotationType().getName();
                if (simple.startsWith("jakarta.ws.rs.") && HTTP_METHODS.contains(a.annotationType().getSimpleName())) {
                    httpMethod = a.annotationType().getSimpleName();
                }
            }
            if (httpMethod == null) {
                continue;
            }
            Annotation methodPath = annotation(method.getDeclaredAnnotations(), "jakarta.ws.rs.Path");
            String path = join(value(classPath), methodPath == null ? "" : value(methodPath));
            Annotation consumes = annotation(method.getDeclaredAnnotations(), "jakarta.ws.rs.Consumes");
            if (consumes == null) {
                consumes = annotation(type.getDeclaredAnnotations(), "jakarta.ws.rs.Consumes");
            }
            List<String> consumed = consumes == null ? List.of() : Arrays.asList(values(consumes));
            String access;
            List<String> roles = List.of();
            Annotation[] own = method.getDeclaredAnnotations();
            Annotation[] inherited = type.getDeclaredAnnotations();
            Annotation[] security = hasSecurity(own) ? own : inherited;
            Annotation rolesAllowed = annotation(security, "jakarta.annotation.security.RolesAllowed");
            if (rolesAllowed != null) {
                access = "roles";
                roles = Arrays.stream(values(rolesAllowed)).sorted().toList();
            } else if (annotation(security, "io.quarkus.security.Authenticated") != null) {
                access = "authenticated";
            } else {
                access = "public";
            }
            endpoints.add(new Endpoint(application, httpMethod, path, consumed, access, roles,
                    type.getSimpleName() + "#" + method.getName()));
        }
        return endpoints;
    }

    private static boolean hasSecurity(Annotation[] annotations) {
        return annotation(annotations, "jakarta.annotation.security.RolesAllowed") != null
                || annotation(annotations, "jakarta.annotation.security.PermitAll") != null
                || annotation(annotations, "jakarta.annotation.security.DenyAll") != null
                || annotation(annotations, "io.quarkus.security.Authenticated") != null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = "/" + trim(classPath) + (trim(methodPath).isEmpty() ? "" : "/" + trim(methodPath));
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String trim(String path) {
        String p = path.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static Annotation annotation(Annotation[] annotations, String typeName) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(typeName)) {
                return a;
            }
        }
        return null;
    }

    private static String value(Annotation annotation) {
        Object value = invokeValue(annotation);
        return value instanceof String s ? s : String.join(",", (String[]) value);
    }

    private static String[] values(Annotation annotation) {
        Object value = invokeValue(annotation);
        return value instanceof String s ? new String[] {s} : (String[]) value;
    }

    private static Object invokeValue(Annotation annotation) {
        try {
            Method value = annotation.annotationType().getMethod("value");
            value.setAccessible(true);
            return value.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + annotation, e);
        }
    }
}
