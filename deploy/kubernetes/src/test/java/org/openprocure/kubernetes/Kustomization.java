package org.openprocure.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a Kustomize package as {@code kustomize build} does, for the features this package uses:
 * {@code resources} (local files, multi-document YAML), {@code namespace}, {@code labels} and
 * {@code commonLabels}. Any other field fails the rendering, so a package that starts to use one
 * cannot pass the checks on a rendering that ignores it.
 */
final class Kustomization {

    static final YAMLMapper YAML = new YAMLMapper();

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "labels", "commonLabels",
            "resources");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    final Path directory;
    final List<String> resources = new ArrayList<>();
    /** The rendered objects, in the order of the resources and of the documents within each. */
    final List<ObjectNode> objects = new ArrayList<>();
    /** Every document of every listed file as written, before rendering, by file name. */
    final Map<String, List<JsonNode>> sources = new LinkedHashMap<>();

    private Kustomization(Path directory) {
        this.directory = directory;
    }

    static Kustomization render(Path directory) {
        Kustomization k = new Kustomization(directory);
        JsonNode spec = readOne(directory.resolve("kustomization.yaml"));
        spec.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException("kustomization.yaml uses '" + field + "', which this rendering does not do");
            }
        });
        spec.path("resources").forEach(r -> k.resources.add(r.asText()));
        for (String resource : k.resources) {
            Path file = directory.resolve(resource);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("kustomization.yaml lists " + resource + ", which is not a file in "
                        + directory + " (remote bases and directories are not used here)");
            }
            List<JsonNode> documents = readAll(file);
            k.sources.put(resource, documents);
            for (JsonNode document : documents) {
                if (!(document instanceof ObjectNode object)) {
                    throw new IllegalStateException(resource + " holds a document that is not a mapping: " + document);
                }
                k.objects.add(object.deepCopy());
            }
        }
        String namespace = spec.path("namespace").asText(null);
        for (ObjectNode object : k.objects) {
            if (namespace != null && !CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                metadata(object).put("namespace", namespace);
            }
            for (JsonNode entry : spec.path("labels")) {
                apply(object, entry.path("pairs"), entry.path("includeTemplates").asBoolean(false)
                        || entry.path("includeSelectors").asBoolean(false), entry.path("includeSelectors").asBoolean(false));
            }
            if (spec.has("commonLabels")) {
                apply(object, spec.get("commonLabels"), true, true);
            }
        }
        return k;
    }

    private static void apply(ObjectNode object, JsonNode pairs, boolean templates, boolean selectors) {
        String kind = object.path("kind").asText();
        ObjectNode labels = child(metadata(object), "labels");
        pairs.fields().forEachRemaining(pair -> labels.set(pair.getKey(), pair.getValue()));
        if (templates && WORKLOADS.contains(kind) && object.path("spec").has("template")) {
            ObjectNode template = (ObjectNode) object.get("spec").get("template");
            ObjectNode podLabels = child(child(template, "metadata"), "labels");
            pairs.fields().forEachRemaining(pair -> podLabels.set(pair.getKey(), pair.getValue()));
        }
        if (selectors) {
            if ("Service".equals(kind)) {
                ObjectNode selector = child(child(object, "spec"), "selector");
                pairs.fields().forEachRemaining(pair -> selector.set(pair.getKey(), pair.getValue()));
            } else if (WORKLOADS.contains(kind) || "PodDisruptionBudget".equals(kind)) {
                ObjectNode match = child(child(child(object, "spec"), "selector"), "matchLabels");
                pairs.fields().forEachRemaining(pair -> match.set(pair.getKey(), pair.getValue()));
            }
        }
    }

    private static ObjectNode metadata(ObjectNode object) {
        return child(object, "metadata");
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }

    static JsonNode readOne(Path file) {
        List<JsonNode> all = readAll(file);
        if (all.size() != 1) {
            throw new IllegalStateException(file + " should hold one document, holds " + all.size());
        }
        return all.get(0);
    }

    static List<JsonNode> readAll(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> all = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    all.add(document);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** "Deployment/openprocure/bid-service": how a failure names an object. */
    static String id(JsonNode object) {
        JsonNode metadata = object.path("metadata");
        String namespace = metadata.path("namespace").asText("");
        return object.path("kind").asText("?") + "/" + (namespace.isEmpty() ? "" : namespace + "/")
                + metadata.path("name").asText("?");
    }

    List<ObjectNode> ofKind(String kind) {
        List<ObjectNode> found = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (kind.equals(object.path("kind").asText())) {
                found.add(object);
            }
        }
        return found;
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || !selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
