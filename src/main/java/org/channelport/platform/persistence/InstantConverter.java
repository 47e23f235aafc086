package org.channelport.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Instants in "timestamp with time zone" columns. Written as SQL timestamps (without this, EclipseLink binds a null
 * Instant as bytea, which PostgreSQL refuses); read back from whatever the driver returns: Timestamp (PostgreSQL) or
 * OffsetDateTime (H2).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {
    @Override
    public Object convertToDatabaseColumn(Instant value) {
        return value == null ? null : Timestamp.from(value);
    }

    @Override
    public Instant convertToEntityAttribute(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
    }
}
