package ru.agentiq.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants cross JDBC as {@link OffsetDateTime} in UTC: both PostgreSQL's and H2's drivers map that type to
 * {@code TIMESTAMP WITH TIME ZONE} exactly, independent of the JVM's default time zone.
 */
public final class Timestamps {
    private Timestamps() {
    }

    public static OffsetDateTime bind(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
