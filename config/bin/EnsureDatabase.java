import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Run by run.sh before Payara starts (java EnsureDatabase.java URL USER PASSWORD, with the PostgreSQL driver on the
 * class path): makes sure the database of a jdbc:postgresql URL exists. When it does not, it is created through the
 * server's "postgres" database with the same credentials; when that is not allowed, or the server cannot be reached,
 * one line says what to do and the exit status is 1, instead of EclipseLink's stack traces and a failed deployment.
 */
public class EnsureDatabase {
    private static final String UNDEFINED_DATABASE = "3D000";

    public static void main(String[] args) {
        var url = args[0];
        var user = args.length > 1 ? args[1] : "";
        var password = args.length > 2 ? args[2] : "";
        var target = URI.create(url.substring("jdbc:".length()));
        var name = target.getPath().replaceFirst("^/", "");
        var server = (target.getHost() == null ? "localhost" : target.getHost())
                + (target.getPort() > 0 ? ":" + target.getPort() : "");
        try (var connection = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            if (!UNDEFINED_DATABASE.equals(e.getSQLState())) {
                fail("Cannot connect to PostgreSQL at " + server + " as " + user + ": " + firstLine(e)
                        + " (is the server running, and are APP_DB_USER/APP_DB_PASSWORD right?)");
            }
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_$-]{0,62}")) {
            fail("Database \"" + name + "\" does not exist on " + server + "; create it (createdb) and start again.");
        }
        var maintenance = url.replaceFirst("(jdbc:postgresql://[^/]*/)[^?]*", "$1postgres");
        try (var connection = DriverManager.getConnection(maintenance, user, password);
             var statement = connection.createStatement()) {
            statement.execute("create database \"" + name + "\"");
            System.out.println("Created the database " + name + " on " + server + ".");
        } catch (SQLException e) {
            fail("Database \"" + name + "\" does not exist on " + server + " and " + user + " may not create it ("
                    + firstLine(e) + "). Run: createdb -h " + (target.getHost() == null ? "localhost" : target.getHost())
                    + (target.getPort() > 0 ? " -p " + target.getPort() : "") + " -U <a user who may> " + name
                    + " (or CREATE DATABASE \"" + name + "\" OWNER " + user + ";) and start again.");
        }
    }

    private static String firstLine(SQLException e) {
        var message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message).strip();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
