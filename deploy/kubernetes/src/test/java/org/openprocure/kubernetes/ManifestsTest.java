package org.openprocure.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders deploy/kubernetes/base as {@code kubectl apply -k} would and checks what a cluster operator
 * relies on: every object well formed and unique, every Deployment probed, bounded, unprivileged,
 * scaled and exposed, its environment complete for what its service reads, every Secret it needs
 * documented, the topics keeping the history, ingress denied by default, and the realm import in step
 * with the realm file.
 */
class ManifestsTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path BASE = MODULE.resolve("base");
    private static final Path REPO = MODULE.resolve("../..").normalize();
    private static final List<String> TOPICS = List.of("procurement.tender", "procurement.bid",
            "procurement.evaluation", "procurement.contract");
    /** Defaults every service shares (service-support); a service's own file overrides them. */
    private static final Path SHARED_CONFIG = REPO.resolve(
            "service-support/src/main/resources/META-INF/microprofile-config.properties");
    /** {@code ${OPENPROCURE_X}} or {@code ${OPENPROCURE_X:default}}; a default may nest one more expression. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{(OPENPROCURE_[A-Z0-9_]+)(?::((?:[^{}]|\\$\\{[^}]*\\})*))?\\}");

    private static Kustomization k;

    @BeforeAll
    static void render() {
        k = Kustomization.render(BASE);
    }

    @Test
    void everyListedFileExistsAndNothingInBaseIsUnlisted() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(BASE)) {
            files.filter(Files::isRegularFile).map(f -> BASE.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("kustomization.yaml")).forEach(onDisk::add);
        }
        Set<String> listed = new TreeSet<>(k.resources);
        Set<String> unlisted = new TreeSet<>(onDisk);
        unlisted.removeAll(listed);
        assertTrue(unlisted.isEmpty(), "files in base/ that kustomization.yaml does not list: " + unlisted);
        for (String resource : k.resources) {
            assertTrue(Files.isRegularFile(BASE.resolve(resource)), "listed but missing: " + resource);
            assertFalse(k.sources.get(resource).isEmpty(), resource + " holds no object");
        }
        assertEquals(listed.size(), k.resources.size(), "a file is listed twice: " + k.resources);
    }

    @Test
    void everyObjectIsNamedAndInTheNamespace() {
        assertFalse(k.objects.isEmpty(), "the package renders no object");
        for (ObjectNode object : k.objects) {
            for (String field : List.of("apiVersion", "kind")) {
                assertFalse(object.path(field).asText("").isBlank(), Kustomization.id(object) + " has no " + field);
            }
            assertFalse(object.path("metadata").path("name").asText("").isBlank(),
                    "an object without metadata.name: " + object.toString().substring(0, Math.min(200, object.toString().length())));
            assertEquals("openprocure", object.path("metadata").path("namespace").asText(),
                    Kustomization.id(object) + " is not in the namespace openprocure");
            assertEquals("openprocure", object.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText(),
                    Kustomization.id(object) + " lacks the label app.kubernetes.io/part-of");
        }
    }

    @Test
    void namesAreUniquePerKind() {
        Set<String> seen = new HashSet<>();
        for (ObjectNode object : k.objects) {
            assertTrue(seen.add(Kustomization.id(object)), "two objects are " + Kustomization.id(object));
        }
    }

    @Test
    void everyDeploymentIsProbedBoundedUnprivilegedAndReplicated() {
        assertFalse(k.ofKind("Deployment").isEmpty(), "no Deployment rendered");
        for (ObjectNode deployment : k.ofKind("Deployment")) {
            String id = Kustomization.id(deployment);
            assertTrue(deployment.path("spec").path("replicas").asInt(0) >= 2, id + " runs fewer than 2 replicas");
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(false), id + " may run as root");
            assertFalse(pod.path("topologySpreadConstraints").isEmpty(), id + " is not spread across nodes");
            Set<String> emptyDirs = new HashSet<>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    emptyDirs.add(v.path("name").asText());
                }
            });
            for (JsonNode container : pod.path("containers")) {
                String where = id + " container " + container.path("name").asText();
                for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                    assertTrue(container.has(probe), where + " has no " + probe);
                }
                assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(),
                        where + ": liveness is not SmallRye Health's");
                assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(),
                        where + ": readiness is not SmallRye Health's");
                assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText(),
                        where + ": start-up is not SmallRye Health's");
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertFalse(container.path("resources").path(bound).path(resource).asText("").isBlank(),
                                where + " has no " + bound + "." + resource);
                    }
                }
                JsonNode security = container.path("securityContext");
                assertTrue(security.path("readOnlyRootFilesystem").asBoolean(false), where + " may write its root filesystem");
                assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), where + " may escalate privileges");
                assertTrue(security.path("capabilities").path("drop").toString().contains("\"ALL\""),
                        where + " keeps Linux capabilities");
                boolean tmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    tmp |= "/tmp".equals(mount.path("mountPath").asText()) && emptyDirs.contains(mount.path("name").asText());
                }
                assertTrue(tmp, where + " has no writable /tmp (emptyDir)");
                long heap = heapBytes(env(container).getOrDefault("JAVA_TOOL_OPTIONS", ""));
                assertTrue(heap > 0, where + " sets no -Xmx in JAVA_TOOL_OPTIONS");
                long limit = quantity(container.path("resources").path("limits").path("memory").asText());
                assertTrue(limit > heap, where + ": memory limit " + limit + " is not above the heap " + heap);
            }
        }
    }

    @Test
    void everyDeploymentHasOneAutoscalerOneDisruptionBudgetAndOneService() {
        for (ObjectNode deployment : k.ofKind("Deployment")) {
            String id = Kustomization.id(deployment);
            String name = deployment.path("metadata").path("name").asText();
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            assertTrue(Kustomization.selects(deployment.path("spec").path("selector").path("matchLabels"), podLabels),
                    id + ": its selector does not match its own pods");

            List<ObjectNode> autoscalers = k.ofKind("HorizontalPodAutoscaler").stream()
                    .filter(h -> "Deployment".equals(h.path("spec").path("scaleTargetRef").path("kind").asText())
                            && name.equals(h.path("spec").path("scaleTargetRef").path("name").asText())).toList();
            assertEquals(1, autoscalers.size(), id + " is targeted by HorizontalPodAutoscalers " + names(autoscalers));
            ObjectNode hpa = autoscalers.get(0);
            assertEquals("autoscaling/v2", hpa.path("apiVersion").asText(), Kustomization.id(hpa));
            assertTrue(hpa.path("spec").path("minReplicas").asInt(0) >= 2, Kustomization.id(hpa) + " scales below 2");
            assertTrue(hpa.path("spec").path("metrics").toString().contains("\"cpu\""), Kustomization.id(hpa) + " does not scale on CPU");

            List<ObjectNode> budgets = k.ofKind("PodDisruptionBudget").stream()
                    .filter(p -> Kustomization.selects(p.path("spec").path("selector").path("matchLabels"), podLabels)).toList();
            assertEquals(1, budgets.size(), id + " is covered by PodDisruptionBudgets " + names(budgets));
            assertEquals(1, budgets.get(0).path("spec").path("minAvailable").asInt(), Kustomization.id(budgets.get(0)) + " minAvailable");

            List<ObjectNode> services = k.ofKind("Service").stream()
                    .filter(s -> Kustomization.selects(s.path("spec").path("selector"), podLabels)).toList();
            assertEquals(1, services.size(), id + " is selected by Services " + names(services));
        }
    }

    @Test
    void everyServicePortTargetsAContainerPort() {
        assertFalse(k.ofKind("Service").isEmpty(), "no Service rendered");
        for (ObjectNode service : k.ofKind("Service")) {
            String id = Kustomization.id(service);
            List<ObjectNode> targets = k.ofKind("Deployment").stream().filter(d -> Kustomization.selects(
                    service.path("spec").path("selector"), d.path("spec").path("template").path("metadata").path("labels"))).toList();
            assertFalse(targets.isEmpty(), id + " selects no Deployment's pods");
            for (ObjectNode deployment : targets) {
                Set<String> names = new HashSet<>();
                Set<Integer> numbers = new HashSet<>();
                for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                    for (JsonNode port : container.path("ports")) {
                        numbers.add(port.path("containerPort").asInt());
                        if (port.has("name")) {
                            names.add(port.path("name").asText());
                        }
                    }
                }
                for (JsonNode port : service.path("spec").path("ports")) {
                    JsonNode target = port.has("targetPort") ? port.get("targetPort") : port.get("port");
                    boolean exists = target.isInt() ? numbers.contains(target.asInt()) : names.contains(target.asText());
                    assertTrue(exists, id + " port " + port.path("port").asText() + " targets " + target
                            + ", which no container of " + Kustomization.id(deployment) + " exposes");
                }
            }
        }
    }

    @Test
    void everySecretReferencedIsOneTheReadmeTellsToCreate() throws IOException {
        String readme = Files.readString(MODULE.resolve("README.md"));
        Map<String, String> referencedBy = new LinkedHashMap<>();
        for (ObjectNode object : k.objects) {
            collectSecrets(object, Kustomization.id(object), referencedBy);
        }
        assertFalse(referencedBy.isEmpty(), "no Secret referenced at all");
        for (Map.Entry<String, String> secret : referencedBy.entrySet()) {
            assertTrue(readme.contains("kubectl create secret") && Pattern.compile("create secret \\S+ " + Pattern.quote(secret.getKey()) + "\\b")
                    .matcher(readme).find(), "README.md does not say how to create the Secret " + secret.getKey()
                    + " that " + secret.getValue() + " needs");
        }
    }

    @Test
    void theFourTopicsKeepTheHistoryWithThreeReplicas() {
        Map<String, ObjectNode> topics = new HashMap<>();
        k.ofKind("KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText()), t));
        for (String topic : TOPICS) {
            ObjectNode kafkaTopic = topics.get(topic);
            assertTrue(kafkaTopic != null, "no KafkaTopic " + topic);
            String id = Kustomization.id(kafkaTopic);
            assertEquals(-1L, kafkaTopic.path("spec").path("config").path("retention.ms").asLong(0), id + " retention.ms");
            assertEquals("delete", kafkaTopic.path("spec").path("config").path("cleanup.policy").asText(), id + " cleanup.policy");
            assertEquals(3, kafkaTopic.path("spec").path("replicas").asInt(), id + " replicas");
            assertEquals(12, kafkaTopic.path("spec").path("partitions").asInt(), id + " partitions");
        }
        for (ObjectNode kafka : k.ofKind("Kafka")) {
            JsonNode config = kafka.path("spec").path("kafka").path("config");
            assertEquals(2, config.path("min.insync.replicas").asInt(), Kustomization.id(kafka) + " min.insync.replicas");
            assertEquals(3, config.path("default.replication.factor").asInt(), Kustomization.id(kafka) + " default.replication.factor");
        }
        assertEquals(1, k.ofKind("Kafka").size(), "Kafka clusters");
    }

    @Test
    void ingressIsDeniedByDefault() {
        List<ObjectNode> denials = k.ofKind("NetworkPolicy").stream()
                .filter(p -> p.path("spec").path("podSelector").isObject() && p.path("spec").path("podSelector").isEmpty()
                        && p.path("spec").path("policyTypes").toString().contains("\"Ingress\"")
                        && p.path("spec").path("ingress").isEmpty())
                .toList();
        assertEquals(1, denials.size(), "NetworkPolicies denying all ingress in the namespace: " + names(denials));
    }

    @Test
    void everyImageHasAnExplicitTag() {
        int images = 0;
        for (ObjectNode object : k.objects) {
            List<String> found = new ArrayList<>();
            collectImages(object, found);
            for (String image : found) {
                images++;
                String last = image.substring(image.lastIndexOf('/') + 1);
                boolean tagged = last.contains("@sha256:") || (last.contains(":") && !last.endsWith(":latest"));
                assertTrue(tagged, Kustomization.id(object) + " runs the image " + image + " without an explicit tag");
            }
        }
        assertTrue(images >= k.ofKind("Deployment").size(), "images found: " + images);
    }

    @Test
    void everyApplicationGetsTheEnvironmentItsConfigurationNeeds() throws IOException {
        assertFalse(k.ofKind("Deployment").isEmpty(), "no Deployment rendered");
        for (ObjectNode deployment : k.ofKind("Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            Path own = REPO.resolve(name).resolve("src/main/resources/application.properties");
            assertTrue(Files.isRegularFile(own), Kustomization.id(deployment) + " is not named after a module: no " + own);
            Properties config = new Properties();
            if (dependsOnServiceSupport(name)) {
                config.putAll(load(SHARED_CONFIG));
            }
            config.putAll(load(own));
            Set<String> needed = neededEnvironment(config);
            assertFalse(needed.isEmpty(), name + ": nothing in its configuration depends on the environment?");
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(env(container).keySet());
            assertTrue(missing.isEmpty(), Kustomization.id(deployment) + " does not set " + missing
                    + ", which " + name + "'s configuration reads with no default or a localhost/demo default");
        }
    }

    @Test
    void theYamlRoundTrips() throws IOException {
        for (Map.Entry<String, List<JsonNode>> file : k.sources.entrySet()) {
            for (JsonNode document : file.getValue()) {
                assertEquals(document, roundTrip(document), file.getKey() + ": " + Kustomization.id(document) + " changes when written and read again");
            }
        }
        for (ObjectNode object : k.objects) {
            assertEquals(object, roundTrip(object), Kustomization.id(object) + " changes when written and read again");
        }
    }

    @Test
    void theRealmImportFollowsTheRealmFileWithoutItsDemoParts() throws IOException {
        JsonNode file = new ObjectMapper().readTree(REPO.resolve("deploy/keycloak/procurement-realm.json").toFile());
        List<ObjectNode> imports = k.ofKind("KeycloakRealmImport");
        assertEquals(1, imports.size(), "KeycloakRealmImports: " + names(imports));
        String id = Kustomization.id(imports.get(0));
        JsonNode realm = imports.get(0).path("spec").path("realm");
        assertFalse(realm.has("users"), id + " imports users: the demo logins must stay out of production");
        Set<String> changedOnPurpose = Set.of("users", "clients", "sslRequired", "bruteForceProtected");
        for (Iterator<String> it = file.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!changedOnPurpose.contains(field)) {
                assertEquals(file.get(field), realm.get(field), id + ": realm." + field + " differs from procurement-realm.json");
            }
        }
        Map<String, JsonNode> imported = new HashMap<>();
        realm.path("clients").forEach(c -> imported.put(c.path("clientId").asText(), c));
        for (JsonNode client : file.path("clients")) {
            String clientId = client.path("clientId").asText();
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                assertFalse(imported.containsKey(clientId), id + " keeps the password-grant client " + clientId);
                continue;
            }
            assertTrue(imported.containsKey(clientId), id + " lacks the client " + clientId);
            ObjectNode expected = ((ObjectNode) client).deepCopy();
            ObjectNode actual = ((ObjectNode) imported.get(clientId)).deepCopy();
            for (String field : List.of("secret", "redirectUris", "webOrigins")) {
                expected.remove(field);
                actual.remove(field);
            }
            assertEquals(expected, actual, id + ": client " + clientId + " differs from procurement-realm.json");
            String secret = imported.get(clientId).path("secret").asText("");
            assertFalse(secret.contains("demo"), id + ": client " + clientId + " keeps a demo secret");
            if (secret.startsWith("${")) {
                String placeholder = secret.substring(2, secret.length() - 1);
                assertTrue(imports.get(0).path("spec").path("placeholders").has(placeholder),
                        id + ": client " + clientId + "'s secret names the undeclared placeholder " + placeholder);
            }
        }
    }

    @Test
    void everyApplicationHasADockerfile() {
        for (ObjectNode deployment : k.ofKind("Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            assertTrue(Files.isRegularFile(MODULE.resolve("images").resolve(name).resolve("Dockerfile")),
                    Kustomization.id(deployment) + " has no images/" + name + "/Dockerfile");
        }
    }

    // --- helpers ---

    private static JsonNode roundTrip(JsonNode node) throws IOException {
        return Kustomization.YAML.readTree(Kustomization.YAML.writeValueAsString(node));
    }

    private static List<String> names(List<ObjectNode> objects) {
        return objects.stream().map(Kustomization::id).toList();
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText("")));
        return env;
    }

    private static boolean dependsOnServiceSupport(String module) throws IOException {
        return Files.readString(REPO.resolve(module).resolve("pom.xml")).contains("<artifactId>service-support</artifactId>");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * What the environment must supply: each {@code ${OPENPROCURE_...}} without a default or with a
     * default that only works on one machine (localhost), and each plain value of that kind or naming a
     * demo secret, as the environment variable of its key (MicroProfile Config: upper case, '_' for
     * anything else). Profile-specific keys ({@code %dev.}, {@code %test.}) do not apply in production.
     */
    static Set<String> neededEnvironment(Properties config) {
        Set<String> needed = new LinkedHashSet<>();
        for (String key : new TreeSet<>(config.stringPropertyNames())) {
            if (key.startsWith("%")) {
                continue;
            }
            String value = config.getProperty(key);
            Matcher placeholder = PLACEHOLDER.matcher(value);
            boolean any = false;
            while (placeholder.find()) {
                any = true;
                String fallback = placeholder.group(2);
                if (fallback == null || machineLocal(fallback)) {
                    needed.add(placeholder.group(1));
                }
            }
            if (!any && machineLocal(value)) {
                needed.add(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
            }
        }
        return needed;
    }

    private static boolean machineLocal(String value) {
        return value.contains("localhost") || value.contains("127.0.0.1") || value.contains("demo-secret");
    }

    private static long heapBytes(String options) {
        Matcher xmx = Pattern.compile("-Xmx(\\d+)([kKmMgG]?)").matcher(options);
        if (!xmx.find()) {
            return 0;
        }
        long n = Long.parseLong(xmx.group(1));
        return switch (xmx.group(2).toLowerCase()) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    private static long quantity(String memory) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|K|M|G)?").matcher(memory);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a memory quantity: " + memory);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            case "K" -> n * 1_000;
            case "M" -> n * 1_000_000;
            case "G" -> n * 1_000_000_000;
            default -> n;
        };
    }

    /**
     * The Secrets an object reads: env secretKeyRef, envFrom, secret volumes, TLS of an Ingress, and the
     * operators' own references (CloudNativePG passwordSecret and bootstrap secret, Keycloak's database
     * secrets, realm-import placeholders), found wherever they sit in the object.
     */
    private static void collectSecrets(JsonNode node, String owner, Map<String, String> into) {
        if (node.isObject()) {
            for (String key : List.of("secretKeyRef", "secretRef", "passwordSecret", "usernameSecret", "secret")) {
                JsonNode ref = node.get(key);
                if (ref != null && ref.isObject() && ref.has("name")) {
                    into.putIfAbsent(ref.path("name").asText(), owner);
                }
            }
            if (node.has("secretName") && node.get("secretName").isTextual()) {
                into.putIfAbsent(node.get("secretName").asText(), owner);
            }
            node.elements().forEachRemaining(child -> collectSecrets(child, owner, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectSecrets(child, owner, into));
        }
    }

    private static void collectImages(JsonNode node, List<String> into) {
        if (node.isObject()) {
            for (String key : List.of("image", "imageName")) {
                if (node.has(key) && node.get(key).isTextual()) {
                    into.add(node.get(key).asText());
                }
            }
            node.elements().forEachRemaining(child -> collectImages(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectImages(child, into));
        }
    }
}
