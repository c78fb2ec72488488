package ru.agentiq.cli.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;

/** Renders inbox rows as a fixed-width text table for a terminal. */
final class InboxTable {

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("dd.MM HH:mm");
    private static final int EXCERPT_LENGTH = 64;

    private final ZoneId zone;
    private final Instant now;

    InboxTable(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    String render(List<Interaction> items) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "PRIORITY", "CHANNEL", "SLA DUE", "RATING", "TEXT"});
        for (Interaction interaction : items) {
            InteractionData d = interaction.data();
            rows.add(new String[] {
                    interaction.id().toString(),
                    d.priority().wire(),
                    d.channel().wire(),
                    due(d),
                    d.rating() == null ? "" : d.rating() + "★",
                    excerpt(d.text())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private String due(InteractionData d) {
        if (!d.needsResponse()) {
            return "answered";
        }
        if (d.slaDueAt() == null) {
            return "-";
        }
        String at = DUE_FORMAT.format(d.slaDueAt().atZone(zone));
        Duration left = Duration.between(now, d.slaDueAt());
        return left.isNegative() ? at + " (overdue " + human(left.negated()) + ")" : at + " (in " + human(left) + ")";
    }

    private static String human(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        return minutes % 60 == 0 ? hours + "h" : hours + "h " + minutes % 60 + "m";
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH - 1) + "…";
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(Math.max(0, width - value.length()));
    }
}
