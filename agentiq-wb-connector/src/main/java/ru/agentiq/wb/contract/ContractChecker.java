package ru.agentiq.wb.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.internal.WbJson;

/**
 * Validates WB payloads against WB's official OpenAPI documents with a JSON-schema validator (networknt, OpenAPI 3.0
 * dialect). Two documents are bundled: the Aug-2026 English capture (newest, but its Feedbacks and Questions response
 * schemas were cut at "[MaxDepth]") and the complete Mar-2026 Russian one; each operation is checked against the
 * newest document whose schema for it is complete.
 *
 * <p>To find more than WB's own (lenient) schemas can: every object schema is closed
 * ({@code additionalProperties: false}) so an undocumented field is reported as {@link FindingKind#NEW_FIELD} (a
 * note, not a failure), and the fields AgentIQ depends on ({@code id} and {@code createdDate} of feedbacks and
 * questions, {@code chatID} of chats and events) are made required. Thread-safe once built.
 */
public final class ContractChecker {

    /** The bundled documents, newest first. */
    public static final List<String> BUNDLED_SPECS = List.of("user-communication-2026-08.json",
            "09-communications-2026-03.yaml");

    private static final String TRUNCATED = "[MaxDepth]";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<Spec> specs;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    private record Spec(String name, String iri, JsonNode root) {
    }

    private ContractChecker(List<Spec> specs) {
        this.specs = List.copyOf(specs);
        Map<String, String> documents = new HashMap<>();
        for (Spec spec : specs) {
            documents.put(spec.iri(), spec.root().toString());
        }
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(), b -> b.schemas(documents));
    }

    /** The checker over the documents bundled with the connector. */
    public static ContractChecker bundled() {
        List<Spec> specs = new ArrayList<>();
        for (String name : BUNDLED_SPECS) {
            try (InputStream in = ContractChecker.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled contract " + name + " is missing from the jar");
                }
                specs.add(spec(name, read(name, in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled contract " + name, e);
            }
        }
        return new ContractChecker(specs);
    }

    /** A checker over OpenAPI documents (JSON or YAML) given newest first. */
    public static ContractChecker of(List<Path> documents) {
        Checks.required(documents, "documents");
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("at least one OpenAPI document is needed");
        }
        List<Spec> specs = new ArrayList<>();
        for (Path path : documents) {
            try {
                specs.add(spec(path.getFileName().toString(), read(path.toString(), Files.readAllBytes(path))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenAPI document " + path, e);
            }
        }
        return new ContractChecker(specs);
    }

    /** Checks every {@code *.json} file of {@code directory} whose name maps to a documented operation. */
    public ContractReport checkDirectory(Path directory) {
        List<ContractFinding> findings = new ArrayList<>();
        int checked = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Optional<Operation> operation = Operation.forFile(name);
            if (!name.toLowerCase(Locale.ROOT).endsWith(".json") || operation.isEmpty()) {
                findings.add(new ContractFinding(name, null, FindingKind.UNMAPPED, null,
                        "no documented operation for this file; skipped"));
                continue;
            }
            byte[] payload;
            try {
                payload = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            findings.addAll(check(name, operation.get(), payload));
            checked++;
        }
        return new ContractReport(checked, findings);
    }

    /** Checks one payload against {@code operation}'s documented schema. */
    public List<ContractFinding> check(String source, Operation operation, byte[] payload) {
        JsonNode instance;
        try {
            instance = WbJson.mapper().readTree(payload);
            if (instance == null || instance.isMissingNode()) {
                return List.of(new ContractFinding(source, operation.label(), FindingKind.NOT_JSON, null,
                        "the payload is empty"));
            }
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            return List.of(new ContractFinding(source, operation.label(), FindingKind.NOT_JSON, null,
                    "not JSON: " + detail));
        }
        Schema schema = schema(operation);
        List<ContractFinding> findings = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            String keyword = error.getKeyword() == null ? "" : error.getKeyword();
            FindingKind kind = switch (keyword) {
                case "required" -> FindingKind.MISSING_REQUIRED;
                case "type" -> FindingKind.TYPE_CHANGE;
                case "additionalProperties" -> FindingKind.NEW_FIELD;
                default -> FindingKind.OTHER_VIOLATION;
            };
            String location = error.getInstanceLocation() == null ? null : error.getInstanceLocation().toString();
            findings.add(new ContractFinding(source, operation.label(), kind, location, error.getMessage()));
        }
        return findings;
    }

    private Schema schema(Operation operation) {
        return schemas.computeIfAbsent(operation.label(), label -> {
            for (Spec spec : specs) {
                Optional<String> pointer = schemaPointer(spec.root(), operation);
                if (pointer.isPresent() && complete(spec.root(), spec.root().at(pointer.get()), 0)) {
                    return registry.getSchema(SchemaLocation.of(spec.iri() + "#" + pointer.get()));
                }
            }
            throw new IllegalStateException("no complete schema for " + label + " in " + specs.stream()
                    .map(Spec::name).toList());
        });
    }

    /** JSON pointer of the operation's body schema, following a response or request-body {@code $ref}. */
    private static Optional<String> schemaPointer(JsonNode root, Operation op) {
        String base = "/paths/" + escape(op.path()) + "/" + op.method();
        String pointer = op.status() == 0 ? base + "/requestBody" : base + "/responses/" + op.status();
        JsonNode node = root.at(pointer);
        if (node.isObject() && node.has("$ref")) {
            pointer = node.get("$ref").asText().substring(1);
            node = root.at(pointer);
        }
        JsonNode content = node.path("content");
        for (String type : List.of("application/json", "application/problem+json")) {
            if (content.path(type).has("schema")) {
                return Optional.of(pointer + "/content/" + escape(type) + "/schema");
            }
        }
        return Optional.empty();
    }

    private static boolean complete(JsonNode root, JsonNode node, int depth) {
        if (depth > 64) {
            return true;
        }
        if (node.isTextual()) {
            return !TRUNCATED.equals(node.asText());
        }
        if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#")) {
            return complete(root, root.at(node.get("$ref").asText().substring(1)), depth + 1);
        }
        for (JsonNode child : node) {
            if (!complete(root, child, depth + 1)) {
                return false;
            }
        }
        return node.isMissingNode() ? false : true;
    }

    private static Spec spec(String name, JsonNode root) {
        if (!root.isObject() || !root.has("paths")) {
            throw new IllegalArgumentException(name + " is not an OpenAPI document (no paths)");
        }
        close(root);
        require(root, "/components/schemas/responseFeedback/items", "id", "createdDate");
        require(root, "/paths/~1api~1v1~1questions/get/responses/200/content/application~1json/schema/properties/data"
                + "/properties/questions/items", "id", "createdDate");
        require(root, "/components/schemas/Chat", "chatID");
        require(root, "/components/schemas/Event", "chatID");
        return new Spec(name, "https://contracts.agentiq.ru/wb/" + name, root);
    }

    /** Closes every object schema that lists properties, so undocumented fields are reported. */
    private static void close(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("properties").isObject() && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                close(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(ContractChecker::close);
        }
    }

    private static void require(JsonNode root, String pointer, String... fields) {
        JsonNode node = root.at(pointer);
        if (!node.isObject() || !node.path("properties").isObject()) {
            return;
        }
        ArrayNode required = node.has("required") && node.get("required").isArray()
                ? (ArrayNode) node.get("required") : ((ObjectNode) node).putArray("required");
        for (String field : fields) {
            boolean present = false;
            for (JsonNode existing : required) {
                present |= existing.asText().equals(field);
            }
            if (!present) {
                required.add(field);
            }
        }
    }

    private static JsonNode read(String name, byte[] bytes) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML.readTree(bytes)
                : WbJson.mapper().readTree(bytes);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
