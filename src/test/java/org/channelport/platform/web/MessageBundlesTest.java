package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the translated resource bundles against the English ones. The files are read directly from the classpath as
 * UTF-8, so that a missing translation is not hidden by {@link java.util.ResourceBundle}'s fallback to English.
 */
class MessageBundlesTest {

    private static final List<String> TRANSLATIONS = List.of("zh_TW", "zh_CN");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^}]*)?}");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static final double MIN_TRANSLATED_SHARE = 0.90;
    private static final double MIN_TW_CN_DIFFERENT_SHARE = 0.30;

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages", "i18n/faces"})
    void everyLanguageHasEveryKey(String baseName) {
        var english = load(baseName, null);
        assertThat(english).as("%s.properties has no entries", baseName).isNotEmpty();
        SoftAssertions.assertSoftly(softly -> {
            for (var language : TRANSLATIONS) {
                var translated = load(baseName, language);
                var missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(translated.stringPropertyNames());
                var extra = new TreeSet<>(translated.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                softly.assertThat(missing)
                        .as("keys of %s.properties missing from %s", baseName, file(baseName, language))
                        .isEmpty();
                softly.assertThat(extra)
                        .as("keys in %s that %s.properties does not have", file(baseName, language), baseName)
                        .isEmpty();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages", "i18n/faces"})
    void noValueIsEmpty(String baseName) {
        SoftAssertions.assertSoftly(softly -> {
            for (var language : allLanguages()) {
                var empty = new TreeSet<String>();
                load(baseName, language).forEach((key, value) -> {
                    if (value.toString().isBlank()) {
                        empty.add(key.toString());
                    }
                });
                softly.assertThat(empty).as("keys with an empty value in %s", file(baseName, language)).isEmpty();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages", "i18n/faces"})
    void placeholdersMatchEnglish(String baseName) {
        var english = load(baseName, null);
        SoftAssertions.assertSoftly(softly -> {
            for (var language : TRANSLATIONS) {
                var translated = load(baseName, language);
                var mismatches = new TreeMap<String, String>();
                for (var key : english.stringPropertyNames()) {
                    var value = translated.getProperty(key);
                    if (value == null) {
                        continue; // reported by everyLanguageHasEveryKey
                    }
                    var expected = placeholders(english.getProperty(key));
                    var actual = placeholders(value);
                    if (!expected.equals(actual)) {
                        mismatches.put(key, "English has " + expected + " but translation has " + actual);
                    }
                }
                softly.assertThat(mismatches).as("MessageFormat placeholders in %s that differ from %s.properties",
                        file(baseName, language), baseName).isEmpty();
            }
        });
    }

    /**
     * A value without placeholders is shown as written (pages read it from the bundle; Messages formats only when
     * there are arguments), so a doubled quote would show as two: "product''s". Only values with {0} double them.
     */
    @Test
    void onlyValuesWithPlaceholdersDoubleTheirQuotes() {
        var doubled = new TreeSet<String>();
        for (var language : allLanguages()) {
            var bundle = load("i18n/messages", language);
            for (var key : bundle.stringPropertyNames()) {
                var value = bundle.getProperty(key);
                if (value.contains("''") && !value.matches("(?s).*\\{\\d.*")) {
                    doubled.add(file("i18n/messages", language) + ": " + key);
                }
            }
        }
        assertThat(doubled).as("values without placeholders that double a quote").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages", "i18n/faces"})
    void everyValueIsAValidMessageFormat(String baseName) {
        SoftAssertions.assertSoftly(softly -> {
            for (var language : allLanguages()) {
                var locale = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language.replace('_', '-'));
                var invalid = new TreeMap<String, String>();
                var bundle = load(baseName, language);
                for (var key : bundle.stringPropertyNames()) {
                    try {
                        new MessageFormat(bundle.getProperty(key), locale);
                    } catch (IllegalArgumentException e) {
                        invalid.put(key, e.getMessage());
                    }
                }
                softly.assertThat(invalid)
                        .as("values in %s that java.text.MessageFormat cannot parse", file(baseName, language))
                        .isEmpty();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages", "i18n/faces"})
    void chineseValuesAreTranslated(String baseName) {
        SoftAssertions.assertSoftly(softly -> {
            for (var language : TRANSLATIONS) {
                var translated = load(baseName, language);
                var untranslated = new TreeSet<String>();
                for (var key : translated.stringPropertyNames()) {
                    if (!containsChinese(translated.getProperty(key))) {
                        untranslated.add(key);
                    }
                }
                var total = translated.size();
                var share = total == 0 ? 0 : 1.0 - (double) untranslated.size() / total;
                softly.assertThat(share)
                        .as("only %.0f%% of the values in %s contain Chinese characters (at least %.0f%% expected); "
                                        + "values without any: %s",
                                share * 100, file(baseName, language), MIN_TRANSLATED_SHARE * 100, untranslated)
                        .isGreaterThanOrEqualTo(MIN_TRANSLATED_SHARE);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages", "i18n/faces"})
    void traditionalAndSimplifiedAreNotCopies(String baseName) {
        var traditional = load(baseName, "zh_TW");
        var simplified = load(baseName, "zh_CN");
        var keys = new TreeSet<>(traditional.stringPropertyNames());
        keys.retainAll(simplified.stringPropertyNames());
        var identical = new TreeSet<String>();
        for (var key : keys) {
            if (traditional.getProperty(key).equals(simplified.getProperty(key))) {
                identical.add(key);
            }
        }
        var share = keys.isEmpty() ? 0 : 1.0 - (double) identical.size() / keys.size();
        assertThat(share)
                .as("only %.0f%% of the values differ between %s and %s (at least %.0f%% expected); "
                                + "identical values: %s",
                        share * 100, file(baseName, "zh_TW"), file(baseName, "zh_CN"),
                        MIN_TW_CN_DIFFERENT_SHARE * 100, identical)
                .isGreaterThanOrEqualTo(MIN_TW_CN_DIFFERENT_SHARE);
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        assertThat(WEBAPP).as("pages directory (tests run from the project directory)").isDirectory();
        var english = load("i18n/messages", null);
        var unknown = new TreeMap<String, Set<String>>();
        var referenced = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (var page : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                // Dynamic keys such as msg['enum.'.concat(p.type)] do not match: a literal key must end at '].
                Matcher matcher = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    var key = matcher.group(1);
                    referenced.add(key);
                    if (!english.containsKey(key)) {
                        unknown.computeIfAbsent(key, k -> new TreeSet<>()).add(WEBAPP.relativize(page).toString());
                    }
                }
            }
        }
        assertThat(referenced).as("msg['...'] keys found in %s/**/*.xhtml", WEBAPP).isNotEmpty();
        assertThat(unknown).as("keys used by pages (key -> pages) that i18n/messages.properties does not define")
                .isEmpty();
    }

    /**
     * A refusal's key that the code spells out ({@code new FieldProblem(field, "order.line.sku.unknown", ...)},
     * {@code DomainException.invalid("...", ...)}) is shown on a page in the reader's language: without its label the
     * page would show the English API message to a Chinese reader.
     */
    @Test
    void everyRefusalKeyTheCodeUsesHasALabel() throws IOException {
        var english = load("i18n/messages", null);
        var validation = load("ValidationMessages", null);
        var pattern = java.util.regex.Pattern.compile("(?:new FieldProblem\\([^,]+,\\s*|DomainException\\.(?:invalid|conflict|"
                + "forbidden)\\(\\s*|Kind\\.[A-Z_]+,\\s*)\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        var unknown = new TreeMap<String, Set<String>>();
        var found = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var source : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                var matcher = pattern.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    var key = matcher.group(1);
                    found.add(key);
                    if (!english.containsKey(key) && !validation.containsKey(key)) {
                        unknown.computeIfAbsent(key, k -> new TreeSet<>()).add(source.getFileName().toString());
                    }
                }
            }
        }
        assertThat(found).as("refusal keys found in src/main/java").contains("order.line.sku.unknown");
        assertThat(unknown).as("refusal keys (key -> sources) without a label in i18n/messages.properties").isEmpty();
    }

    private static List<String> allLanguages() {
        var languages = new ArrayList<String>();
        languages.add(null);
        languages.addAll(TRANSLATIONS);
        return languages;
    }

    private static String file(String baseName, String language) {
        return baseName + (language == null ? "" : "_" + language) + ".properties";
    }

    /** Reads a bundle file from the classpath as strict UTF-8 (malformed bytes fail instead of turning into '?'). */
    private static Properties load(String baseName, String language) {
        var resource = file(baseName, language);
        var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("%s is not on the classpath", resource).isNotNull();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
            var properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " as UTF-8", e);
        }
    }

    private static Set<String> placeholders(String value) {
        var indexes = new TreeSet<String>();
        var matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            indexes.add("{" + matcher.group(1) + "}");
        }
        return indexes;
    }

    private static boolean containsChinese(String value) {
        return value.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
