package org.openprocure.systemtests.hostile;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openprocure.systemtests.endpoints.Endpoint;
import org.openprocure.systemtests.endpoints.PackagedApplication;

/**
 * The Java method behind each catalogued endpoint of a packaged application, and what its parameters
 * take: path and query parameters, headers, and the request body with its Java type, so that hostile
 * variants can be shaped like the valid requests.
 */
final class ResourceMethods implements AutoCloseable {

    enum Kind { PATH, QUERY, HEADER, FORM, BODY, OTHER }

    /** One parameter of a resource method. */
    record Input(Kind kind, String name, Type type, Annotation[] annotations) {
    }

    private final PackagedApplication packaged;
    private final Map<String, List<Class<?>>> bySimpleName = new HashMap<>();

    ResourceMethods(Path repoRoot, String application) {
        packaged = PackagedApplication.open(repoRoot, application);
        for (Class<?> type : packaged.ownClasses()) {
            bySimpleName.computeIfAbsent(type.getSimpleName(), s -> new ArrayList<>()).add(type);
        }
    }

    /** The inputs of the endpoint's Java method, in declaration order. */
    List<Input> inputs(Endpoint endpoint) {
        Method method = method(endpoint);
        List<Input> inputs = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Annotation[] annotations = parameter.getAnnotations();
            Kind kind = Kind.BODY;
            String name = parameter.getName();
            for (Annotation a : annotations) {
                String type = a.annotationType().getName();
                switch (type) {
                    case "jakarta.ws.rs.PathParam", "org.jboss.resteasy.reactive.RestPath" -> {
                        kind = Kind.PATH;
                        name = value(a, name);
                    }
                    case "jakarta.ws.rs.QueryParam", "org.jboss.resteasy.reactive.RestQuery" -> {
                        kind = Kind.QUERY;
                        name = value(a, name);
                    }
                    case "jakarta.ws.rs.HeaderParam", "org.jboss.resteasy.reactive.RestHeader" -> {
                        kind = Kind.HEADER;
                        name = value(a, name);
                    }
                    case "jakarta.ws.rs.FormParam", "org.jboss.resteasy.reactive.RestForm" -> {
                        kind = Kind.FORM;
                        name = value(a, name);
                    }
                    case "jakarta.ws.rs.core.Context", "jakarta.ws.rs.BeanParam", "jakarta.ws.rs.CookieParam",
                            "jakarta.ws.rs.MatrixParam" -> kind = Kind.OTHER;
                    default -> {
                        // a constraint or other annotation: the kind stays
                    }
                }
            }
            if (kind == Kind.BODY && isContext(parameter.getType())) {
                kind = Kind.OTHER;
            }
            inputs.add(new Input(kind, name, parameter.getParameterizedType(), annotations));
        }
        return inputs;
    }

    /** The request body's parameter, if the method reads one. */
    Input body(Endpoint endpoint) {
        return inputs(endpoint).stream().filter(i -> i.kind() == Kind.BODY).findFirst().orElse(null);
    }

    private Method method(Endpoint endpoint) {
        String[] parts = endpoint.javaMethod().split("#");
        List<Class<?>> candidates = bySimpleName.getOrDefault(parts[0], List.of());
        for (Class<?> type : candidates) {
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().equals(parts[1]) && hasHttpMethod(m, endpoint.method())) {
                    return m;
                }
            }
        }
        throw new IllegalStateException("no method " + endpoint.javaMethod() + " for " + endpoint.key());
    }

    private static boolean hasHttpMethod(Method m, String httpMethod) {
        for (Annotation a : m.getDeclaredAnnotations()) {
            if (a.annotationType().getName().equals("jakarta.ws.rs." + httpMethod)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContext(Class<?> type) {
        String name = type.getName();
        return name.startsWith("jakarta.ws.rs.core.") && !name.equals("jakarta.ws.rs.core.MultivaluedMap")
                || name.startsWith("io.vertx.") || name.equals("jakarta.ws.rs.container.AsyncResponse")
                || name.startsWith("org.jboss.resteasy.reactive.server.spi.")
                || name.equals("io.quarkus.security.identity.SecurityIdentity");
    }

    static String value(Annotation annotation, String fallback) {
        try {
            Method value = annotation.annotationType().getMethod("value");
            Object v = value.invoke(annotation);
            return v instanceof String s && !s.isEmpty() ? s : fallback;
        } catch (ReflectiveOperationException e) {
            return fallback;
        }
    }

    @Override
    public void close() {
        packaged.close();
    }
}
