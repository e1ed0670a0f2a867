package de.ikz.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals between the nodes on one database ({@code Session.signal}, {@code Database.listen}): PostgreSQL's own
 * {@code LISTEN/NOTIFY} (issue 14 asks for it rather than a protocol of our own). One daemon thread holds one pooled
 * connection that listens on every channel asked for and hands each notification to the channel's listeners. When that
 * connection fails it is replaced, and every listener is called once with {@code null} (signals may have been missed).
 * On embedded Derby there is one node: the listeners are called after the commit on the committing thread.
 */
final class Signals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Signals.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9_]{1,63}");
    static final int MAX_PAYLOAD = 1000;
    /** How long the listening thread waits for a notification before it looks for new channels or a stop. */
    private static final int WAIT_MILLIS = 500;
    /** Wait before a new connection after a failed one. */
    private static final long RETRY_MILLIS = 1000;

    private final DataSource dataSource;
    private final boolean postgres;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private Thread thread;
    private volatile boolean closed;
    /** Channels the current listening connection has executed LISTEN for (guarded by {@link #lock}; emptied for a new connection). */
    private final Set<String> active = new java.util.HashSet<>();
    /** How long {@link #listen} waits for the LISTEN to be in place. */
    private static final long LISTEN_WAIT_MILLIS = 5000;

    Signals(DataSource dataSource, String dialect) {
        this.dataSource = dataSource;
        this.postgres = "postgresql".equals(dialect);
    }

    static String checkChannel(String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("a signal channel is 1 to 63 lower-case letters, digits or '_': " + channel);
        }
        return channel;
    }

    static String checkPayload(String payload) {
        String p = payload == null ? "" : payload;
        if (p.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a signal payload has at most " + MAX_PAYLOAD + " characters");
        }
        return p;
    }

    /** Sends inside the transaction (PostgreSQL delivers at commit); on Derby nothing is sent here, see {@link #committed}. */
    void send(Connection c, String channel, String payload) throws SQLException {
        if (postgres) {
            try (var ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                ps.setString(1, channel);
                ps.setString(2, payload);
                ps.execute();
            }
        }
    }

    /** After a commit: on Derby the signals of the transaction reach this node's listeners now. */
    void committed(List<String[]> sent) {
        if (!postgres) {
            for (String[] s : sent) {
                deliver(s[0], s[1]);
            }
        }
    }

    AutoCloseable listen(String channel, Consumer<String> listener) {
        checkChannel(channel);
        listeners.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(listener);
        if (postgres) {
            synchronized (lock) {
                if (thread == null && !closed) {
                    thread = new Thread(this::run, "ikz-db-signals");
                    thread.setDaemon(true);
                    thread.start();
                }
                // returns once the LISTEN is in place, so a signal sent after this call is not missed
                long deadline = System.nanoTime() + LISTEN_WAIT_MILLIS * 1_000_000;
                while (!active.contains(channel) && !closed) {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0) {
                        LOG.warn("not yet listening on the signal channel '{}' after {} ms; the database may be down", channel,
                                LISTEN_WAIT_MILLIS);
                        break;
                    }
                    try {
                        lock.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        return () -> {
            List<Consumer<String>> l = listeners.get(channel);
            if (l != null) {
                l.remove(listener);
            }
        };
    }

    private void deliver(String channel, String payload) {
        for (Consumer<String> l : listeners.getOrDefault(channel, List.of())) {
            try {
                l.accept(payload);
            } catch (RuntimeException e) {
                LOG.warn("a listener of the signal channel '{}' failed", channel, e);
            }
        }
    }

    private void run() {
        boolean lost = false;
        while (!closed) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                PGConnection pg = c.unwrap(PGConnection.class);
                synchronized (lock) {
                    active.clear();
                }
                if (lost) {
                    LOG.info("signal connection back; listeners told that signals may have been missed");
                    listeners.keySet().forEach(ch -> deliver(ch, null));
                    lost = false;
                }
                while (!closed) {
                    for (String ch : listeners.keySet()) {
                        boolean known;
                        synchronized (lock) {
                            known = active.contains(ch);
                        }
                        if (!known) {
                            try (Statement st = c.createStatement()) {
                                st.execute("LISTEN " + ch); // checked: [a-z0-9_] only
                            }
                            synchronized (lock) {
                                active.add(ch);
                                lock.notifyAll();
                            }
                        }
                    }
                    PGNotification[] got = pg.getNotifications(WAIT_MILLIS);
                    if (got != null) {
                        for (PGNotification n : got) {
                            deliver(n.getName(), n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!lost) {
                    LOG.warn("signal connection failed ({}); trying again every {} ms", e.toString(), RETRY_MILLIS);
                }
                lost = true;
                synchronized (lock) {
                    try {
                        lock.wait(RETRY_MILLIS);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread t;
        synchronized (lock) {
            t = thread;
            lock.notifyAll();
        }
        if (t != null) {
            try {
                t.join(WAIT_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
