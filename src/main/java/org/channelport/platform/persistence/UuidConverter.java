package org.channelport.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * UUIDs in nullable columns. EclipseLink 4.0's own UUID converter fails on NULL (NullPointerException when reading a
 * row with an empty partner_id); ids are not converted. Drivers read a uuid column as UUID (PostgreSQL) or text,
 * so both are accepted (JPA never applies converters to @Id). PostgreSQL accepts the
 * text for uuid columns because the JDBC URL says stringtype=unspecified.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, Object> {
    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value == null ? null : value.toString();
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}
