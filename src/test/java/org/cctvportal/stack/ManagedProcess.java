package org.cctvportal.stack;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One component of the local stack running as a child process: its log file, a readiness wait with a timeout, and a
 * stop that takes its descendants with it so nothing is left running.
 */
final class ManagedProcess {

    private final String component;
    private final Path logFile;
    private Process process;

    ManagedProcess(String component, Path logFile) {
        this.component = component;
        this.logFile = logFile;
    }

    ManagedProcess start(List<String> command, Path workDir, Map<String, String> env) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(logFile.toFile());
            builder.environment().putAll(env);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw failure("could not be started (" + e.getMessage() + ")");
        }
    }

    void awaitReady(Duration timeout, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("stopped during start-up with exit code " + process.exitValue());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(50);
        }
        stop();
        throw failure("was not ready within " + timeout.toSeconds() + " s");
    }

    /** Waits for the process to end by itself and returns its exit code; stops it after {@code timeout}. */
    int awaitExit(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        throw failure("did not finish within " + timeout.toSeconds() + " s");
    }

    long pid() {
        return process.pid();
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                // Waited for, so that its ports are free when this returns: the next process may take them.
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Sends a signal (STOP, CONT) to the process and its descendants: a test freezes a component without losing it. */
    void signal(String name) {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<String> command = new java.util.ArrayList<>(List.of("kill", "-" + name, String.valueOf(process.pid())));
        process.descendants().forEach(child -> command.add(String.valueOf(child.pid())));
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw failure("could not be sent SIG" + name + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    IllegalStateException failure(String what) {
        return new IllegalStateException(component + " " + what + "; see its log: " + logFile);
    }

    static boolean httpOk(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The preferred port when nothing listens there, otherwise a free one the system chooses. */
    static int port(int preferred) {
        if (preferred > 0 && !listening(preferred)) {
            return preferred;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on this machine", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
