package org.openprocure.systemtests.endpoints;

import java.util.List;

/**
 * One HTTP endpoint of an application, as its JAX-RS annotations declare it.
 *
 * @param application the application that serves it ({@code tender-service}, ..., {@code portal})
 * @param method      the HTTP method
 * @param path        the path template, e.g. {@code /api/tenders/{id}/publish}
 * @param consumes    the media types the method accepts (empty when it declares none)
 * @param access      {@code public} (no annotation or {@code @PermitAll}), {@code authenticated}
 *                    ({@code @Authenticated}) or {@code roles}
 * @param roles       the roles of {@code @RolesAllowed}, on the method or else on its class
 * @param javaMethod  {@code Class#method}, to find it in the code
 */
public record Endpoint(String application, String method, String path, List<String> consumes, String access,
        List<String> roles, String javaMethod) {

    /** {@code GET /api/tenders/{id}}. */
    public String key() {
        return method + " " + path;
    }

    /** The names of the path template's variables, in order. */
    public List<String> pathVariables() {
        return java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(path).results()
                .map(m -> m.group(1).trim()).toList();
    }
}
