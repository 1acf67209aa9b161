package org.cctvportal.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GreenMail standalone: a real SMTP and IMAP server with a REST API, where Keycloak's realm sends its e-mail (the
 * invitations' "set your password" links). Nothing leaves the machine: every address is accepted and kept in memory,
 * readable with any IMAP client (any user name and password) or through {@code GET /api/user/{email}/messages/}.
 */
final class GreenMailComponent {

    private final Path jar;
    private final Path workDir;
    private final ManagedProcess process;
    private int smtpPort;
    private int imapPort;
    private int apiPort;

    GreenMailComponent(Path cache, String version, String flavour) {
        this.jar = cache.resolve("downloads/greenmail-standalone-" + version + ".jar");
        this.workDir = cache.resolve("greenmail-" + flavour);
        this.process = new ManagedProcess("GreenMail", cache.resolve("logs/greenmail-" + flavour + ".log"));
    }

    /** Starts on the preferred ports (each falls back to a free one when taken). */
    void start(int preferredSmtp, int preferredImap, int preferredApi) {
        if (!Files.exists(jar)) {
            throw process.failure("jar is missing at " + jar + "; run ./mvnw process-test-classes");
        }
        smtpPort = ManagedProcess.port(preferredSmtp);
        imapPort = ManagedProcess.port(preferredImap);
        apiPort = ManagedProcess.port(preferredApi);
        try {
            Files.createDirectories(workDir);
        } catch (java.io.IOException e) {
            throw process.failure("could not make its folder (" + e.getMessage() + ")");
        }
        launch();
    }

    private void launch() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process.start(List.of(java, "-Xmx128m",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.auth.disabled", "-jar", jar.toString()), workDir, Map.of());
        process.awaitReady(Duration.ofSeconds(60), () -> ManagedProcess.httpOk(apiUrl() + "/api/service/readiness"));
    }

    /** Stops the server (its mail is lost): a test sees what the portal does when the mail server goes away. */
    void suspend() {
        process.stop();
    }

    /** Starts the suspended server again on the same ports. */
    void resume() {
        if (!ManagedProcess.listening(smtpPort)) {
            launch();
        }
    }

    int smtpPort() {
        return smtpPort;
    }

    int imapPort() {
        return imapPort;
    }

    String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    void stop() {
        process.stop();
    }
}
