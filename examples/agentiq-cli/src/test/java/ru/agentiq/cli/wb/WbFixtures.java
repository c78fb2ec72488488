package ru.agentiq.cli.wb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A few of WB's example payloads (shared/wb-api/fixtures), as test resources and as files. */
public final class WbFixtures {
    private WbFixtures() {
    }

    public static String text(String name) {
        try (InputStream in = WbFixtures.class.getResourceAsStream("/wb/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path copy(Path dir, String name) {
        return write(dir, name, text(name));
    }

    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
