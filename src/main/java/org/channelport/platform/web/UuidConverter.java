package org.channelport.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.UUID;

/** UUIDs in pages (Faces 4.0 has no converter of its own for them; 4.1 will). */
@FacesConverter(forClass = UUID.class)
public class UuidConverter implements Converter<UUID> {
    @Override
    public UUID getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            var text = Messages.text("jakarta.faces.converter.UUIDConverter.UUID");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text == null ? "This value is not valid." : text, null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UUID value) {
        return value == null ? "" : value.toString();
    }
}
