package org.channelport.platform.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.channelport.shared.DomainException;

/**
 * Request parameters read as text by the API and SOAP channels, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a path or query value it cannot convert) and a malformed id is "not found".
 */
public final class Params {
    private Params() {}

    /** A whole number, e.g. page or size. */
    public static int number(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging", name + " must be a whole number.")
                    .at(name);
        }
    }

    /** A page size from 1 to {@code max}, else a 400 naming "size". */
    public static int pageSize(String value, int max) {
        int size = number(value, "size");
        if (size < 1 || size > max) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging", "size: 1 to " + max + ".").at("size");
        }
        return size;
    }

    /**
     * The first row of page {@code page} of {@code size} rows; a negative page, or one past what an int can count, is
     * a 400 naming "page" (the read side checks the size against its own maximum).
     */
    public static int offset(int page, int size) {
        if (page < 0 || (long) page * size > Integer.MAX_VALUE - (long) size) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging", "page is out of range.").at("page");
        }
        return page * size;
    }

    /** A malformed id cannot name anything: 404, like any unknown id. */
    public static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.notFound(what, value);
        }
    }

    /** An ISO-8601 instant, or null when blank. */
    public static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "error.instant",
                    name + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z.").at(name);
        }
    }

    /** One of an enum's names, in any case, or null when blank. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "error.enum",
                    name + " must be one of " + EnumSet.allOf(type) + ".").at(name);
        }
    }

    /** A field of a request body that must be there. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body", field + " is missing.").at(field);
        }
        return value;
    }
}
