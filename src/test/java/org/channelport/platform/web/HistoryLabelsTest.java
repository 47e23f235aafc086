package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * History rows in words (issue 10, one language of labels): every action the code records has a label in every
 * language, every subject type a name, and a code without one still reads as words, never {@code ???key???}.
 */
class HistoryLabelsTest {
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.TRADITIONAL_CHINESE, Locale.SIMPLIFIED_CHINESE};
    /** {@code audit.record(...)} and {@code audit.recordAs(...)}: the subject type literal, then the action literal. */
    private static final Pattern RECORDED = Pattern.compile(
            "audit\\.record(?:As)?\\((?:[^;\"]*?,)?\\s*\"([A-Z][A-Za-z]+)\"\\s*,[^;\"]*?,\\s*\"([a-z][A-Za-z]+)\"");

    @Test
    void whoIsAPersonsNameACredentialsNameOrWordsNeverAServiceAccountId() {
        java.util.function.Function<String, java.util.Optional<String>> names = actor ->
                actor.equals("service-account-partner-1a2b3c4d-99aa88bb") ? java.util.Optional.of("Our CRM")
                        : java.util.Optional.empty();
        var en = java.util.Locale.ENGLISH;
        assertThat(HistoryLabels.who("ada@acme.example", names, en)).isEqualTo("ada@acme.example");
        assertThat(HistoryLabels.who("service-account-partner-1a2b3c4d-99aa88bb", names, en))
                .isEqualTo("Our CRM (API credential)");
        assertThat(HistoryLabels.who("service-account-erp-demo", names, en)).isEqualTo("erp-demo (connected system)");
        assertThat(HistoryLabels.who("system", names, en)).isEqualTo("Channelport (automatic)");
        assertThat(HistoryLabels.who("service-account-partner-1a2b3c4d-99aa88bb", names,
                java.util.Locale.TRADITIONAL_CHINESE)).isEqualTo("Our CRM（API 憑證）");
    }

    @Test
    void everyRecordedActionAndSubjectHasALabelInEveryLanguage() throws IOException {
        var recorded = recorded();
        assertThat(recorded).as("the scan finds the code's audit calls").hasSizeGreaterThan(40)
                .contains("DealRegistration drafted", "Lead offered", "PartnerUser invited");

        var missing = new TreeSet<String>();
        for (var pair : recorded) {
            var subject = pair.split(" ")[0];
            var action = pair.split(" ")[1];
            for (var language : LANGUAGES) {
                if (HistoryLabels.actionKey(subject, action, language).isEmpty()) {
                    missing.add(language + " action " + pair);
                }
                if (HistoryLabels.subject(subject, language).equals(HistoryLabels.words(subject))
                        && language != Locale.ENGLISH) {
                    missing.add(language + " subject " + subject);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aDealsActionReadsAsADealsNotAnApplications() {
        assertThat(HistoryLabels.action("DealRegistration", "submitted", Locale.ENGLISH))
                .isNotEqualTo(HistoryLabels.action("PartnerApplication", "submitted", Locale.ENGLISH))
                .doesNotContain("Application");
        assertThat(HistoryLabels.action("PartnerApplication", "submitted", Locale.ENGLISH)).contains("Application");
        assertThat(HistoryLabels.subject("DealRegistration", Locale.TRADITIONAL_CHINESE)).isEqualTo("商機註冊");
    }

    @Test
    void codesWithoutALabelReadAsWordsAndStatesAsTheirNames() {
        assertThat(HistoryLabels.words("expiryReminded")).isEqualTo("Expiry reminded");
        assertThat(HistoryLabels.words("EXTENSION_REQUESTED")).isEqualTo("Extension requested");
        assertThat(HistoryLabels.action("Lead", "somethingNew", Locale.ENGLISH)).isEqualTo("Something new");
        assertThat(HistoryLabels.state("Lead", "OFFERED", Locale.ENGLISH)).isEqualTo("Offered");
        assertThat(HistoryLabels.state("Lead", "OFFERED", Locale.SIMPLIFIED_CHINESE)).doesNotContain("OFFERED");
        assertThat(HistoryLabels.state("Partner", "SUSPENDED", Locale.ENGLISH)).isEqualTo("Suspended");
        assertThat(HistoryLabels.state("DealRegistration", "SUBMITTED", Locale.ENGLISH)).isEqualTo("Submitted");
        assertThat(HistoryLabels.state("ApiCredential", "active", Locale.TRADITIONAL_CHINESE))
                .isEqualTo(HistoryLabels.state("Partner", "ACTIVE", Locale.TRADITIONAL_CHINESE)).isNotEqualTo("Active");
    }

    private static Set<String> recorded() throws IOException {
        var found = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = RECORDED.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1) + " " + matcher.group(2));
                }
            }
        }
        return found;
    }
}
