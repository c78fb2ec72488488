package ru.agentiq.cli.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Interaction;

/**
 * Reads interactions for the CLI: JSON Lines, one {@link InteractionJson} object per line (blank lines skipped), or —
 * for convenience — the JSON array that {@code agentiq demo --json} prints. Every problem is reported as one sentence
 * naming the line (or array element): {@code line 3 of interactions.jsonl: channel must be one of
 * review|question|chat, was 'mail'}.
 */
public final class InteractionLines {

    private InteractionLines() {
    }

    /**
     * Reads {@code input}, a file path or {@code -} for standard input.
     *
     * @throws AgentIqException when the file cannot be read
     * @throws ValidationException naming the line when a line is not a valid interaction or repeats an id
     */
    public static List<Interaction> read(String input) {
        if ("-".equals(input)) {
            return read(new InputStreamReader(System.in, StandardCharsets.UTF_8), "standard input");
        }
        Path path = Path.of(input);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.getFileName() == null ? input : path.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new AgentIqException("cannot read " + input + ": no such file");
        } catch (IOException e) {
            throw new AgentIqException("cannot read " + input + ": " + e.getMessage());
        }
    }

    /** Reads from {@code reader}; {@code source} names it in messages. */
    public static List<Interaction> read(Reader reader, String source) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader buffered = new BufferedReader(reader)) {
            for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String first = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return first.startsWith("[") ? readArray(String.join("\n", lines), source) : readLines(lines, source);
    }

    private static List<Interaction> readLines(List<String> lines, String source) {
        List<Interaction> out = new ArrayList<>();
        Map<Long, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1) + " of " + source;
            JsonNode node;
            try {
                node = Json.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                throw new ValidationException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
            }
            out.add(parse(node, where, i + 1, firstLine, "line"));
        }
        return out;
    }

    private static List<Interaction> readArray(String text, String source) {
        JsonNode array;
        try {
            array = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new ValidationException(source + " is not a valid JSON array (line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage() + ")");
        }
        List<Interaction> out = new ArrayList<>();
        Map<Long, Integer> firstElement = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(parse(array.get(i), "element " + (i + 1) + " of " + source, i + 1, firstElement, "element"));
        }
        return out;
    }

    private static Interaction parse(JsonNode node, String where, int position, Map<Long, Integer> seen,
            String unit) {
        Interaction interaction;
        try {
            interaction = InteractionJson.fromJson(node);
        } catch (ValidationException e) {
            throw new ValidationException(where + ": " + e.getMessage());
        }
        Integer previous = seen.putIfAbsent(interaction.id().value(), position);
        if (previous != null) {
            throw new ValidationException(where + ": interaction id " + interaction.id() + " already appeared on "
                    + unit + " " + previous);
        }
        return interaction;
    }
}
