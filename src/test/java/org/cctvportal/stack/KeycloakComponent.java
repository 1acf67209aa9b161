package org.cctvportal.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip that Maven fetched, unpacked once into the stack cache (outside
 * {@code target/}, so a clean build does not cost a first start again) and started with the portal's realm imported.
 * Keycloak skips a realm that already exists, so when the realm file or what is substituted into it changes, the
 * embedded database is wiped and the realm imported afresh.
 */
final class KeycloakComponent {

    static final String REALM = "cctv-portal";
    private static final String SECRET = "PORTAL_OIDC_CLIENT_SECRET";
    private static final String PEOPLE_SECRET = "PORTAL_PEOPLE_CLIENT_SECRET";
    private static final String ADMIN_PASSWORD = "ADMIN_PASSWORD";
    private static final String FINGERPRINT = "realm.fingerprint";

    private final Path home;
    private final Path stateFile;
    private final Properties state;
    private final ManagedProcess process;
    private final Path realmFile;
    private int port;
    private String portalBaseUrl;
    private int smtpPort;

    KeycloakComponent(Path cache, String version, String flavour, Path realmFile) {
        this.home = cache.resolve("keycloak-" + version + "-" + flavour);
        this.stateFile = cache.resolve("keycloak-" + flavour + ".properties");
        this.state = StackState.load(stateFile, SECRET, PEOPLE_SECRET, ADMIN_PASSWORD);
        this.realmFile = realmFile;
        this.process = new ManagedProcess("Keycloak", cache.resolve("logs/keycloak-" + flavour + ".log"));
        unpackOnce(cache.resolve("downloads/keycloak-quarkus-dist-" + version + ".zip"));
    }

    /**
     * Starts Keycloak on {@code preferredPort} (or a free one) for a portal reachable at {@code portalBaseUrl}, its
     * realm sending e-mail through the SMTP server on {@code smtpPort}.
     */
    void start(int preferredPort, String portalBaseUrl, int smtpPort) {
        this.portalBaseUrl = portalBaseUrl;
        this.smtpPort = smtpPort;
        port = ManagedProcess.port(preferredPort);
        int managementPort = ManagedProcess.port(0);
        try {
            importRealmWhenChanged(portalBaseUrl + "\n" + smtpPort);
        } catch (IOException e) {
            throw process.failure("could not prepare the realm import (" + e.getMessage() + ")");
        }
        process.start(List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                        "--http-management-port=" + managementPort, "--import-realm"), home,
                Map.of(SECRET, clientSecret(), PEOPLE_SECRET, peopleClientSecret(), "PORTAL_BASE_URL", portalBaseUrl,
                        "PORTAL_SMTP_PORT", String.valueOf(smtpPort),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", state.getProperty(ADMIN_PASSWORD)));
        // A first start imports the realm (about 46 s on an idle 2-core machine); a busy one needs more.
        process.awaitReady(Duration.ofSeconds(Integer.getInteger("stack.keycloak-start-seconds", 240)),
                () -> ManagedProcess.httpOk(realmUrl() + "/.well-known/openid-configuration"));
    }

    String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    String clientSecret() {
        return state.getProperty(SECRET);
    }

    /** The secret of the portal's service account, which manages the partners' people. */
    String peopleClientSecret() {
        return state.getProperty(PEOPLE_SECRET);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Stops Keycloak, keeping its embedded database: realm, users and signing keys survive a {@link #resume()}. */
    void suspend() {
        process.stop();
    }

    /** Starts the suspended Keycloak again on the same port with the same data (the realm is not imported again). */
    void resume() {
        if (!ManagedProcess.listening(port)) {
            start(port, portalBaseUrl, smtpPort);
        }
    }

    void freeze() {
        process.signal("STOP");
    }

    void thaw() {
        process.signal("CONT");
    }

    void stop() {
        process.stop();
    }

    /** {@code substituted}: what the import puts into the realm besides the secrets (the portal's URL, SMTP port). */
    private void importRealmWhenChanged(String substituted) throws IOException {
        String realm = Files.readString(realmFile);
        String fingerprint = sha256(realm + "\n" + substituted + "\n" + clientSecret() + "\n" + peopleClientSecret());
        if (!fingerprint.equals(state.getProperty(FINGERPRINT))) {
            deleteTree(home.resolve("data/h2"));
            state.setProperty(FINGERPRINT, fingerprint);
            StackState.save(stateFile, state);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.writeString(imports.resolve(REALM + "-realm.json"), realm, StandardCharsets.UTF_8);
    }

    private void unpackOnce(Path zip) {
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return;
        }
        if (!Files.exists(zip)) {
            throw process.failure("distribution is missing at " + zip + "; run ./mvnw process-test-classes");
        }
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking");
        try {
            deleteTree(staging);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                    Path target = staging.resolve(name).normalize();
                    if (!target.startsWith(staging) || name.isEmpty()) {
                        continue;
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        copy(in, target);
                    }
                }
            }
            try (var scripts = Files.list(staging.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            Files.move(staging, home);
        } catch (IOException e) {
            throw process.failure("could not be unpacked from " + zip + " (" + e.getMessage() + ")");
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
