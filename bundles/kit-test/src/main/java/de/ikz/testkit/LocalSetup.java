package de.ikz.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the suites that start the built distribution as a process need around it (the browser suite, the
 * reliability suite): loopback ports, folders, settings files, waiting for a condition. One copy here instead of one
 * per suite.
 */
public final class LocalSetup {

    private LocalSetup() {
    }

    /**
     * A free loopback port below Linux's ephemeral range (32768-60999). A port taken from that range
     * ({@code new ServerSocket(0)}) is free only until it is closed again: another socket of this machine may be
     * given it before the platform binds it ("Failed to bind", a suite waiting for a health check that never came).
     */
    public static int freePort() {
        Random random = new Random();
        for (int i = 0; i < 500; i++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // another one
            }
        }
        throw new UncheckedIOException(new IOException("no free loopback port between 20000 and 32000"));
    }

    /** Deletes a folder tree (nothing if it is not there). */
    public static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree into another (files there are replaced, attributes kept). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets {@code key = value} in a {@code .cfg} file (the line replaced, else added; the file created if missing). */
    public static void setProperty(Path file, String key, String value) {
        try {
            List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
            lines.removeIf(l -> {
                String t = l.trim();
                return !t.startsWith("#") && (t.startsWith(key + " ") || t.startsWith(key + "=") || t.startsWith(key + "\t"));
            });
            lines.add(key + " = " + value);
            Files.write(file, lines);
            Properties check = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                check.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often {@link #await} asks again. */
    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * Polls until the condition holds, at most {@code deadline} (no fixed waits). A RuntimeException from the
     * condition counts as "not yet" (a page half rendered, a connection refused while starting); an Error (an
     * assertion inside the condition, such as "the process exited") ends the wait at once. On time-out it fails
     * with what {@code observed} says, or the condition's last exception.
     */
    public static void await(String what, Duration deadline, BooleanSupplier condition, Supplier<?> observed) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            RuntimeException last = null;
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("timed out after " + deadline + " waiting for " + what + "; last seen: "
                        + (last != null ? last : observed.get()));
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }
}
