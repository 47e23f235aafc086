package org.channelport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contexts' boundaries as their charters state them (platform's "Boundaries"): a context uses another only
 * through what that one's charter lists under "Publishes to other contexts", and every item listed there is used;
 * no context names another's tables in its SQL.
 */
class BoundariesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/channelport");
    private static final List<String> CONTEXTS = List.of("partners", "leads", "deals", "orders", "edi");
    /** A class of a context, as code names it: org.channelport.leads.application.LeadQueries (or Outer.Inner). */
    private static final Pattern REFERENCE =
            Pattern.compile("org\\.channelport\\.(partners|leads|deals|orders|edi)(?:\\.[a-z]+)*\\.([A-Z]\\w*(?:\\.[A-Z]\\w*)?)");
    private static final Pattern TABLE = Pattern.compile("@(?:Table|CollectionTable|JoinTable)\\(name = \"(\\w+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"partners", "leads", "deals", "orders", "edi"})
    void otherContextsUseExactlyWhatTheCharterPublishes(String context) {
        var published = published(context);
        var used = new TreeMap<String, Set<String>>();
        for (var other : CONTEXTS) {
            if (other.equals(context)) continue;
            for (var file : javaFiles(other)) {
                var matcher = REFERENCE.matcher(read(file));
                while (matcher.find()) {
                    if (matcher.group(1).equals(context)) {
                        used.computeIfAbsent(matcher.group(2), k -> new TreeSet<>()).add(SOURCES.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(used.keySet()).as("%s's classes used by other contexts (where: %s), against its charter's "
                + "\"Publishes to other contexts\"", context, used).containsExactlyInAnyOrderElementsOf(published);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partners", "leads", "deals", "orders", "edi"})
    void noContextNamesAnothersTablesInItsSql(String context) {
        var tables = new TreeSet<String>();
        for (var file : javaFiles(context)) {
            var matcher = TABLE.matcher(read(file));
            while (matcher.find()) tables.add(matcher.group(1));
        }
        assertThat(tables).as("tables of " + context).isNotEmpty();
        var sql = Pattern.compile("(?i)\\b(from|join|into|update)\\s+(" + String.join("|", tables) + ")\\b");
        var found = new ArrayList<String>();
        for (var other : CONTEXTS) {
            if (other.equals(context)) continue;
            for (var file : javaFiles(other)) {
                var matcher = sql.matcher(read(file));
                while (matcher.find()) found.add(SOURCES.relativize(file) + ": " + matcher.group());
            }
        }
        assertThat(found).as("SQL of other contexts naming %s's tables %s", context, tables).isEmpty();
    }

    @Test
    void theChartersSayWhatTheyPublish() {
        assertThat(published("partners")).contains("PartnerRoster", "PartnerSuspended");
        assertThat(published("deals")).isEmpty();
    }

    /** The {@code {@code Name}}s of the charter's sentence "Publishes to other contexts ...", up to "To clients". */
    private static Set<String> published(String context) {
        var charter = read(SOURCES.resolve(context).resolve("package-info.java")).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
        var start = charter.indexOf("Publishes to other contexts");
        var end = charter.indexOf("To clients", start);
        assertThat(start).as(context + "'s charter says what it publishes to other contexts").isNotNegative();
        assertThat(end).as(context + "'s charter then says what it offers clients (\"To clients\")").isPositive();
        var names = new TreeSet<String>();
        var matcher = Pattern.compile("\\{@code ([A-Z]\\w*(?:\\.[A-Z]\\w*)?)}").matcher(charter.substring(start, end));
        while (matcher.find()) names.add(matcher.group(1));
        return names;
    }

    private static List<Path> javaFiles(String context) {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(context))) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
