package org.channelport.edi.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * EDI over SFTP (issue 12, rule E12): an SFTP server inside the app (Apache MINA SSHD) where a partner's system signs in
 * with its API credential (client id as user name, its secret as password: Keycloak issues the credential's token, so
 * a disabled or deleted credential cannot sign in) and finds a home of its own, chrooted, with {@code inbound/} and
 * {@code outbound/}. A file closed after writing in {@code inbound/} is sent at once, with the credential's token, to
 * the same REST endpoint partner systems call ({@code POST /api/v1/edi/interchanges}): the same tenancy, checks,
 * booking and archive; its acknowledgments appear in {@code outbound/} as {@code <file>.<n>.ack} and the file leaves
 * {@code inbound/} (a refusal of the whole file: {@code <file>.error.json}). The partner's outbound queue (855s) is
 * written to {@code outbound/} when it signs in, after each upload and whenever it lists the folder, then confirmed:
 * the file in its home is the delivery. Off when {@code app.edi.sftp.port} is 0.
 */
@ApplicationScoped
public class SftpGateway {
    private static final Logger LOG = Logger.getLogger(SftpGateway.class.getName());
    private static final AttributeRepository.AttributeKey<Caller> CALLER = new AttributeRepository.AttributeKey<>();
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Who signed in: the credential (kept in memory for a new token), the partner's home. */
    record Caller(String clientId, String secret, Path home) {}

    @Inject
    @ConfigProperty(name = "app.edi.sftp.port", defaultValue = "2222")
    int port;
    @Inject
    @ConfigProperty(name = "app.edi.sftp.root", defaultValue = "data/sftp")
    String root;
    @Inject
    @ConfigProperty(name = "app.keycloak.url", defaultValue = "http://127.0.0.1:8180")
    String keycloakUrl;
    @Inject
    @ConfigProperty(name = "app.keycloak.realm", defaultValue = "channelport")
    String realm;
    /** Where the gateway calls the app's REST API: this server itself. */
    @Inject
    @ConfigProperty(name = "app.edi.sftp.api-url", defaultValue = "http://127.0.0.1:8080")
    String apiUrl;

    private SshServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Uploads are sent one partner file at a time per worker; the SSH threads only hand them over. */
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (port <= 0) return;
        try {
            var homes = Path.of(root).toAbsolutePath();
            Files.createDirectories(homes);
            server = SshServer.setUpDefaultServer();
            server.setPort(port);
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(homes.resolve("host-key.ser")));
            server.setPasswordAuthenticator((user, password, session) -> signIn(user, password, session, homes));
            server.setPublickeyAuthenticator(null);
            server.setKeyboardInteractiveAuthenticator(null);
            server.setFileSystemFactory(new VirtualFileSystemFactory() {
                @Override
                public Path getUserHomeDir(SessionContext session) {
                    var caller = session.getAttribute(CALLER);
                    return caller == null ? homes.resolve("nobody") : caller.home();
                }
            });
            var sftp = new SftpSubsystemFactory();
            sftp.addSftpEventListener(new Events());
            sftp.setErrorStatusDataHandler(new org.apache.sshd.sftp.server.SftpErrorStatusDataHandler() {
                @Override
                public String resolveErrorMessage(org.apache.sshd.sftp.server.SftpSubsystemEnvironment env, int id,
                                                  Throwable e, int status, int command, Object... args) {
                    // the client gets the status; the log keeps why (a file system fault is ours to see)
                    LOG.log(Level.FINE, "SFTP command " + command + " answered " + status, e);
                    return org.apache.sshd.sftp.server.SftpErrorStatusDataHandler.DEFAULT.resolveErrorMessage(env, id,
                            e, status, command, args);
                }
            });
            server.setSubsystemFactories(List.of(sftp));
            server.start();
            LOG.info(() -> "SFTP for EDI on port " + port + ", homes in " + homes);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The SFTP server could not start on port " + port, e);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "SFTP server stop", e);
            }
        }
    }

    /** The port it listens on (tests), or -1 when off. */
    public int port() {
        return server == null ? -1 : server.getPort();
    }

    private boolean signIn(String clientId, String secret, ServerSession session, Path homes) {
        try {
            var token = token(clientId, secret);
            if (token == null) return false;
            var partner = claim(token, "partner_id");
            if (partner == null || !partner.matches("[0-9a-f-]{36}")) return false;   // not a partner's credential
            var home = homes.resolve(partner);
            Files.createDirectories(home.resolve("inbound"));
            Files.createDirectories(home.resolve("outbound"));
            var caller = new Caller(clientId, secret, home);
            session.setAttribute(CALLER, caller);
            deliverQueue(caller, token);
            // a file left in inbound/ (the app stopped while it was sent) is sent again now: nothing is lost
            try (var left = Files.list(home.resolve("inbound"))) {
                left.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .forEach(f -> workers.submit(() -> receive(caller, f)));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SFTP sign-in of " + clientId + " failed", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The credential's access token from Keycloak, or null when it is refused. */
    private String token(String clientId, String secret) throws IOException, InterruptedException {
        var form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + realm
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) return null;
        return json(response.body()).getString("access_token", null);
    }

    /** A claim of the token Keycloak just gave us (read, not verified: the API verifies it on every call). */
    private static String claim(String token, String name) {
        var parts = token.split("\\.");
        if (parts.length < 2) return null;
        var payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return json(payload).getString(name, null);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private final class Events implements SftpEventListener {
        @Override
        public void closed(ServerSession session, String remoteHandle, Handle local, Throwable thrown) {
            var caller = session.getAttribute(CALLER);
            if (caller == null || thrown != null || !(local instanceof FileHandle file)) return;
            boolean written = file.getOpenOptions().contains(StandardOpenOption.WRITE)
                    || file.getOpenOptions().contains(StandardOpenOption.APPEND);
            // the handle's path is the partner's view (rooted at its home: /inbound/po.edi), never the disk's
            var path = file.getFile().toAbsolutePath().normalize();
            if (written && path.getNameCount() == 2 && "inbound".equals(path.getName(0).toString())) {
                var real = caller.home().resolve("inbound").resolve(path.getFileName().toString());
                workers.submit(() -> receive(caller, real));
            }
        }

        @Override
        public void open(ServerSession session, String remoteHandle, Handle local) {
            var caller = session.getAttribute(CALLER);
            if (caller != null && local instanceof DirectoryHandle dir
                    && "/outbound".equals(dir.getFile().toAbsolutePath().normalize().toString())) {
                try {
                    deliverQueue(caller, token(caller.clientId(), caller.secret()));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "SFTP outbound for " + caller.clientId(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** One uploaded file: sent to the API as the partner's system, answered in outbound/, gone from inbound/. */
    private void receive(Caller caller, Path file) {
        var name = file.getFileName().toString();
        var outbound = caller.home().resolve("outbound");
        try {
            if (!Files.isRegularFile(file)) return;
            var token = token(caller.clientId(), caller.secret());
            if (token == null) return;   // the credential was withdrawn meanwhile: the file stays
            if (Files.size(file) > MAX_FILE_BYTES) {
                write(outbound.resolve(name + ".error.json"), "{\"status\":413,\"detail\":\"The file is larger than "
                        + MAX_FILE_BYTES + " bytes: split it into several files.\"}");
                Files.delete(file);
                return;
            }
            var response = http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/edi/interchanges"))
                    .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                var interchanges = json(response.body()).getJsonArray("interchanges");
                for (int i = 0; i < interchanges.size(); i++) {
                    var ack = interchanges.getJsonObject(i).getString("acknowledgment", null);
                    if (ack != null) write(outbound.resolve(name + "." + (i + 1) + ".ack"), ack);
                }
                write(outbound.resolve(name + ".result.json"), response.body());
            } else {
                write(outbound.resolve(name + ".error.json"), response.body());
            }
            Files.delete(file);
            deliverQueue(caller, token);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SFTP file " + file + " could not be sent; it stays in inbound/", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The partner's waiting documents written to outbound/, each confirmed once its file is there. */
    private void deliverQueue(Caller caller, String token) throws IOException, InterruptedException {
        if (token == null) return;
        var response = http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/edi/outbound?size=100"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) return;
        var documents = json(response.body()).getJsonArray("documents");
        for (int i = 0; i < documents.size(); i++) {
            var document = documents.getJsonObject(i);
            var id = document.getString("id");
            var fileName = document.getString("documentType", "EDI") + "-" + document.getString("controlNumber", "")
                    .replaceAll("[^A-Za-z0-9]", "") + "-" + id + ".edi";
            write(caller.home().resolve("outbound").resolve(fileName), document.getString("content", ""));
            http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/edi/outbound/" + id + "/confirm"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** Written whole, then moved into place: a partner listing the folder never sees half a file. */
    private static void write(Path target, String content) throws IOException {
        var part = target.resolveSibling("." + target.getFileName() + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
