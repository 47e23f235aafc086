package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's PostgreSQL command ({@code APP_DB_URL=jdbc:postgresql://.../mydb ./mvnw -Prun}) on a database that does
 * not exist yet: run.sh creates it when the user may (config/bin/EnsureDatabase.java), and otherwise stops at once with
 * one line saying what to run, before starting any server. Against the test servers' PostgreSQL; every database and
 * role made here is dropped again.
 */
class DemoDatabaseIT {
    private static final String SERVER = TestEnvironment.DB_URL.replaceFirst("/[^/?]*(\\?.*)?$", "/");

    @Test
    void aMissingDatabaseIsCreatedWhenTheUserMayCreateDatabases() throws Exception {
        var name = "cp_it_demo_" + Long.toString(System.nanoTime(), 36);
        try {
            var run = run(List.of(java(), "-cp", driver(), "config/bin/EnsureDatabase.java", SERVER + name, "postgres", ""));

            assertThat(run.exitCode).as(run.output).isZero();
            assertThat(run.output).contains("Created the database " + name);
            assertThat(databaseExists(name)).isTrue();
        } finally {
            sql("drop database if exists " + name);
        }
    }

    @Test
    void runShStopsAtOnceWithOneLineWhenTheUserMayNotCreateTheDatabase() throws Exception {
        var role = "cp_it_nocreate_" + Long.toString(System.nanoTime(), 36);
        var name = role + "_db";
        var data = Files.createTempDirectory("cp-demo-db");
        sql("create role " + role + " login");
        try {
            // ports below Linux's ephemeral range (32768-60999), where Chromium and chromedriver of the classes running
            // beside this one listen on ports the system picks: 39481 was once taken by one of them
            var run = run(List.of("bash", "config/bin/run.sh"), "APP_DB_URL", SERVER + name, "APP_DB_USER", role,
                    "CHANNELPORT_DATA", data.toString(), "APP_PORT", "29481", "KC_PORT", "29482", "SMTP_PORT", "29483",
                    "MAIL_WEB_PORT", "29484");

            assertThat(run.exitCode).as(run.output).isEqualTo(1);
            assertThat(run.output.strip().lines()).as(run.output).hasSize(1);
            assertThat(run.output).contains("\"" + name + "\" does not exist").contains("createdb");
            assertThat(run.output).doesNotContain("Exception", "Starting Payara");
            assertThat(databaseExists(name)).isFalse();
            assertThat(Files.exists(data.resolve("keycloak"))).as("no server was started").isFalse();
        } finally {
            sql("drop role if exists " + role);
        }
    }

    private record Run(int exitCode, String output) {}

    private static Run run(List<String> command, String... environment) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        for (int i = 0; i < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: " + output).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The PostgreSQL driver as packaged in the WAR (run.sh takes it from there too). */
    private static String driver() throws IOException {
        try (var files = Files.list(Path.of("target/channelport/WEB-INF/lib"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("postgresql-")).findFirst()
                    .orElseThrow().toString();
        }
    }

    private static boolean databaseExists(String name) throws SQLException {
        try (var connection = DriverManager.getConnection(TestEnvironment.DB_URL, "postgres", "");
             var statement = connection.prepareStatement("select count(*) from pg_database where datname = ?")) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }

    private static void sql(String statement) throws SQLException {
        try (var connection = DriverManager.getConnection(TestEnvironment.DB_URL, "postgres", "");
             var s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
