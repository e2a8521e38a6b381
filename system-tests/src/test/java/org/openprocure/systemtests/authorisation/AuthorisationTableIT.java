package org.openprocure.systemtests.authorisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openprocure.systemtests.SuiteCounts;
import org.openprocure.systemtests.endpoints.Endpoint;
import org.openprocure.systemtests.endpoints.EndpointCatalog;

/**
 * The declared authorisation table against the code, without a platform: it lists exactly the endpoints the
 * packaged applications serve, and declares no access their annotations refuse ({@code @RolesAllowed},
 * {@code @Authenticated}, {@code @PermitAll}). What the code decides beyond the annotations (own or another
 * organisation) is checked against the running platform by {@link AuthorisationMatrixIT}.
 */
class AuthorisationTableIT {

    static final Path REPO = Path.of(System.getProperty("openprocure.repo.root", "..")).toAbsolutePath().normalize();

    @Test
    void listsEveryEndpointOfTheCodeAndNoOther() {
        List<AuthorisationTable.Row> rows = AuthorisationTable.read(REPO);
        List<String> problems = new ArrayList<>();
        Map<String, Long> duplicates = rows.stream().collect(Collectors.groupingBy(
                r -> r.application() + " " + r.key(), Collectors.counting()));
        duplicates.forEach((key, n) -> {
            if (n > 1) {
                problems.add("listed " + n + " times: " + key);
            }
        });
        for (String application : Matrix.APPLICATIONS) {
            TreeSet<String> code = Matrix.endpoints(REPO, application).stream().map(Endpoint::key)
                    .collect(Collectors.toCollection(TreeSet::new));
            TreeSet<String> table = rows.stream().filter(r -> r.application().equals(application))
                    .map(AuthorisationTable.Row::key).collect(Collectors.toCollection(TreeSet::new));
            for (String key : code) {
                if (!table.contains(key)) {
                    problems.add(application + " serves " + key + ", which the table lacks");
                }
            }
            for (String key : table) {
                if (!code.contains(key)) {
                    problems.add("the table lists " + application + " " + key + ", which the code does not serve");
                }
            }
        }
        rows.stream().filter(r -> !Matrix.APPLICATIONS.contains(r.application()))
                .forEach(r -> problems.add("no such application: " + r));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        SuiteCounts.add("authorisation matrix", "table rows checked against the code", rows.size());
    }

    @Test
    void declaresNoAccessTheAnnotationsRefuse() {
        List<String> problems = new ArrayList<>();
        Map<String, Endpoint> code = new HashMap<>();
        for (String application : Matrix.APPLICATIONS) {
            Matrix.endpoints(REPO, application).forEach(e -> code.put(application + " " + e.key(), e));
        }
        for (AuthorisationTable.Row row : AuthorisationTable.read(REPO)) {
            Endpoint endpoint = code.get(row.application() + " " + row.key());
            if (endpoint == null) {
                continue; // reported by the other test
            }
            problems.addAll(contradictions(row, endpoint));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void catchesACellThatContradictsTheAnnotations() {
        Endpoint publish = new Endpoint("tender-service", "POST", "/api/tenders/{id}/publish", List.of(), "roles",
                List.of("officer"), "TenderResource#publish");
        Map<Caller, String> cells = new java.util.EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            cells.put(caller, "403");
        }
        cells.put(Caller.ANONYMOUS, "401");
        cells.put(Caller.OFFICER_OWN, "allow");
        cells.put(Caller.OFFICER_OTHER, "404");
        AuthorisationTable.Row agreeing = new AuthorisationTable.Row("tender-service", "POST", publish.path(),
                Map.copyOf(cells), 1);
        assertEquals(List.of(), contradictions(agreeing, publish));

        cells.put(Caller.SUPPLIER_OWN, "allow");
        cells.put(Caller.ANONYMOUS, "404");
        List<String> problems = contradictions(new AuthorisationTable.Row("tender-service", "POST", publish.path(),
                Map.copyOf(cells), 2), publish);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("anonymous is '404'") && problems.get(0).contains("must be '401'"),
                problems.get(0));
        assertTrue(problems.get(1).contains("supplier own is 'allow'") && problems.get(1).contains("@RolesAllowed"),
                problems.get(1));
    }

    /** Where a row declares what the endpoint's annotations cannot give. */
    static List<String> contradictions(AuthorisationTable.Row row, Endpoint endpoint) {
        List<String> problems = new ArrayList<>();
        boolean portal = row.application().equals("portal");
        String unauthenticated = portal ? AuthorisationTable.LOGIN : "401";
        for (Caller caller : Caller.values()) {
            String cell = row.expected().get(caller);
            String expected = null;
            if (caller == Caller.ANONYMOUS) {
                if (!endpoint.access().equals("public")) {
                    expected = unauthenticated;
                }
            } else if (endpoint.access().equals("roles") && !endpoint.roles().contains(caller.role())) {
                expected = "403";
            }
            if (expected != null && !expected.equals(cell)) {
                problems.add(row + ": " + caller.column() + " is '" + cell + "', but " + endpoint.javaMethod()
                        + " is " + describe(endpoint) + ", so it must be '" + expected + "'");
            }
            // A public portal page may itself send a visitor to sign in (GET /login does); the matrix then sees
            // exactly that redirect. A signed-in caller is never sent to sign in.
            boolean signInPage = portal && caller == Caller.ANONYMOUS && cell.equals(AuthorisationTable.LOGIN);
            if (expected == null && !signInPage && (cell.equals("401") || cell.equals(AuthorisationTable.LOGIN))) {
                problems.add(row + ": " + caller.column() + " is '" + cell + "', but " + endpoint.javaMethod()
                        + " is " + describe(endpoint) + (caller == Caller.ANONYMOUS ? ", open to anyone"
                        : ", and this caller is signed in"));
            }
            if (portal && cell.equals("401") || !portal && cell.equals(AuthorisationTable.LOGIN)) {
                problems.add(row + ": " + caller.column() + " is '" + cell + "'; the portal sends visitors to sign"
                        + " in ('login'), a service answers 401");
            }
        }
        return problems;
    }

    private static String describe(Endpoint endpoint) {
        return switch (endpoint.access()) {
            case "roles" -> "@RolesAllowed(" + endpoint.roles() + ")";
            case "authenticated" -> "@Authenticated";
            default -> "public";
        };
    }
}
