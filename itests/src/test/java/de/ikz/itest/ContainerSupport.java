package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.sql.DataSource;

import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.persistence.Database;
import de.ikz.api.platform.PlatformHealth;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;

/**
 * What every in-container test class shares: the built distribution booted on random ports,
 * offline, and the helpers to reach it (REST over loopback, the console as a JAAS subject) and to
 * prove that the core was not touched while a module came or went.
 */
public abstract class ContainerSupport {

    /** Bundles that must never be refreshed or restarted by a module coming or going. */
    static final Set<String> CORE = Set.of("de.ikz.platform.ikz-api", "de.ikz.platform.ikz-persistence",
            "de.ikz.platform.ikz-core", "de.ikz.platform.ikz-rest", "de.ikz.platform.ikz-shell",
            "de.ikz.platform.ikz-participant", "de.ikz.platform.ikz-agreement", "de.ikz.platform.ikz-allocation",
            "derby", "org.ops4j.pax.jdbc.config", "org.apache.aries.jax.rs.whiteboard",
            "org.apache.cxf.cxf-core", "com.fasterxml.jackson.core.jackson-databind");

    @Inject
    protected BundleContext ctx;

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected ModuleRegistry registry;

    @Inject
    protected PlatformHealth health;

    @Configuration
    public Option[] config() throws IOException {
        int http = freePort();
        int ssh = freePort();
        String examDir = System.getProperty("ikz.examDir", "target/exam");
        String repo = System.getProperty("ikz.localRepository");
        return org.ops4j.pax.exam.OptionUtils.combine(new Option[] {
            karafDistributionConfiguration().frameworkUrl(new File(System.getProperty("ikz.distribution")).toURI().toString())
                    .unpackDirectory(new File(examDir)).useDeployFolder(false).name("IKZ platform"),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            // -Dikz.logLevel=INFO on the mvn command line for a full data/log/karaf.log of the (kept) runtime folder
            logLevel(LogLevel.valueOf(System.getProperty("ikz.logLevel", "WARN"))),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(ssh)),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            systemProperty("ikz.itest.http.port").value(Integer.toString(http)),
            systemProperty("ikz.itest.ssh.port").value(Integer.toString(ssh)),
            systemProperty("ikz.itest.module").value(System.getProperty("ikz.testModule")),
            systemProperty("ikz.itest.register").value(new File(System.getProperty("ikz.register")).getAbsolutePath()),
            systemProperty("ikz.itest.reportDir").value(new File(System.getProperty("ikz.reportDir", "target")).getAbsolutePath()),
            // what bin/karaf adds on Java 9+ (Pax Exam 4.14 does not), paths relative to the Karaf home
            vmOptions("-Xmx512m", "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                    "--add-reads=java.xml=java.logging",
                    "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                    "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                    "--add-opens", "java.base/java.security=ALL-UNNAMED",
                    "--add-opens", "java.base/java.net=ALL-UNNAMED",
                    "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                    "--add-opens", "java.base/java.util=ALL-UNNAMED",
                    "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                    "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                    "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                    "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                    "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                    "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                    "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED")
        }, TestTls.options(examDir)); // HTTPS beside HTTP, as the operator guide configures it (TlsIT)
    }

    /**
     * A free loopback port below Linux's ephemeral range (32768-60999). A port taken from that range
     * ({@code new ServerSocket(0)}) is free only until it is closed again: before the container binds it,
     * the test JVM's own sockets (Pax Exam's RMI) may be given the same port, which once made Pax Web fail
     * with "Failed to bind" and every test of the suite wait for a health check that never came.
     */
    static int freePort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 500; i++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free loopback port between 20000 and 32000");
    }

    protected Http http() {
        return new Http(Integer.getInteger("ikz.itest.http.port"));
    }

    /** The platform admin's first-start password, from the owner-only file the platform wrote. */
    protected String adminPassword() throws IOException {
        Path file = Path.of(System.getProperty("karaf.data"), "ikz-admin-password.txt");
        Await.until("the first-start password file", Duration.ofSeconds(60), () -> Files.exists(file));
        return Files.readString(file).strip();
    }

    /** The installed bundle with this symbolic name, else null. */
    protected Bundle bundle(String symbolicName) {
        for (Bundle b : ctx.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /**
     * Waits until the platform is up as shipped: GET /health answers 200 and every KAR in deploy/ is
     * installed with its features started. (A module's REST resources make the JAX-RS whiteboard
     * republish the application, so the API is not settled before its KAR is.)
     */
    protected Http.Reply awaitHealthy() {
        Http h = http();
        Await.until("GET /health answers 200", Duration.ofSeconds(120), () -> h.get("health", null, null).status() == 200);
        Await.until("the KARs in deploy/ installed and started", Duration.ofSeconds(120), this::karsDeployed);
        Await.until("GET /health answers 200", Duration.ofSeconds(30), () -> h.get("health", null, null).status() == 200);
        return h.get("health", null, null);
    }

    /** Whether every KAR in deploy/ is unpacked under data/kar and all features of its repositories are started. */
    protected boolean karsDeployed() {
        try {
            ServiceReference<FeaturesService> ref = ctx.getServiceReference(FeaturesService.class);
            if (ref == null) {
                return false;
            }
            FeaturesService features = ctx.getService(ref);
            try (DirectoryStream<Path> kars = Files.newDirectoryStream(Path.of(System.getProperty("karaf.base"), "deploy"), "*.kar")) {
                for (Path kar : kars) {
                    String name = kar.getFileName().toString().replaceFirst("\\.kar$", "");
                    Path repos = Path.of(System.getProperty("karaf.data"), "kar", name, "features.cfg");
                    if (!Files.exists(repos)) {
                        return false;
                    }
                    for (String uri : Files.readAllLines(repos)) {
                        Repository repo = uri.isBlank() ? null : features.getRepository(URI.create(uri.strip()));
                        if (repo == null) {
                            return false;
                        }
                        for (Feature f : repo.getFeatures()) {
                            if (features.getState(f.getId()) != FeatureState.Started) {
                                return false;
                            }
                        }
                    }
                }
            } finally {
                ctx.ungetService(ref);
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs a console command as the given JAAS user with the given roles and returns what it printed. */
    protected String console(String command, String user, String... roles) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, ps, ps);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String r : roles) {
            subject.getPrincipals().add(new RolePrincipal(r));
        }
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (java.security.PrivilegedActionException e) {
            if (!(e.getException() instanceof org.apache.karaf.shell.support.CommandException refusal)) {
                throw failure(command, out, e.getException());
            }
            // a refusal (or a bad option): what Karaf's console shows of it, after the command's output
            ps.println(refusal.getNiceHelp());
        } catch (RuntimeException e) {
            throw failure(command, out, e);
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A command that failed (not a refusal). Pax Exam sends a failure to the test driver serialised; a cause of a class
     * the driver lacks (Derby's exceptions) arrives as a bare ClassNotFoundException, so the trace goes as text. Still
     * an Exception: tests that expect the console to refuse a command (ACL, unknown command) catch Exception.
     */
    private static IllegalStateException failure(String command, ByteArrayOutputStream out, Exception e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        return new IllegalStateException("'" + command + "' failed after printing [" + out.toString(StandardCharsets.UTF_8) + "]: "
                + trace);
    }

    /** Whether the console knows the command {@code scope:name} right now. */
    protected boolean hasCommand(String scope, String name) {
        return sessionFactory.getRegistry().getCommands().stream()
                .anyMatch(c -> scope.equals(c.getScope()) && name.equals(c.getName()));
    }

    /** Whether the console knows any command of {@code scope} right now. */
    protected boolean hasScope(String scope) {
        return sessionFactory.getRegistry().getCommands().stream().anyMatch(c -> scope.equals(c.getScope()));
    }

    /**
     * Starts watching the core: its bundle ids and service ids now, and every bundle event of a core
     * bundle from now on. {@link CoreWatch#assertUntouched()} stops watching and checks.
     */
    protected CoreWatch watchCore() throws Exception {
        return new CoreWatch();
    }

    /** The core as it was when the watch started; see {@link #watchCore()}. */
    protected final class CoreWatch {
        private final Map<String, Long> bundleIds = coreBundleIds();
        private final Map<String, Long> services = coreServiceIds();
        private final List<String> events = Collections.synchronizedList(new ArrayList<>());
        private final BundleListener listener = (BundleEvent e) -> {
            if (CORE.contains(e.getBundle().getSymbolicName())) {
                events.add(e.getBundle().getSymbolicName() + " event " + e.getType());
            }
        };

        private CoreWatch() throws Exception {
            ctx.addBundleListener(listener);
        }

        /** Stops watching (idempotent). */
        public void stop() {
            ctx.removeBundleListener(listener);
        }

        /** No core bundle got an event, all have their ids, and the core services were not re-registered. */
        public void assertUntouched() throws Exception {
            stop();
            assertEquals("no core bundle was stopped, started or refreshed: " + events, List.of(), List.copyOf(events));
            assertEquals("same core bundles", bundleIds, coreBundleIds());
            assertEquals("core services (DataSource, Database, ...) not re-registered", services, coreServiceIds());
        }
    }

    private Map<String, Long> coreBundleIds() {
        Map<String, Long> ids = new HashMap<>();
        for (Bundle b : ctx.getBundles()) {
            if (CORE.contains(b.getSymbolicName())) {
                assertEquals(b.getSymbolicName() + " active", Bundle.ACTIVE, b.getState());
                ids.put(b.getSymbolicName(), b.getBundleId());
            }
        }
        assertEquals("all core bundles present: " + ids.keySet(), CORE.size(), ids.size());
        return ids;
    }

    private Map<String, Long> coreServiceIds() throws Exception {
        Map<String, Long> ids = new HashMap<>();
        ServiceReference<?>[] ds = ctx.getServiceReferences(DataSource.class.getName(), "(osgi.jndi.service.name=jdbc/ikz)");
        assertNotNull("DataSource jdbc/ikz", ds);
        ids.put("DataSource", (Long) ds[0].getProperty("service.id"));
        for (Class<?> c : new Class<?>[] {Database.class, ModuleRegistry.class, PlatformHealth.class}) {
            ServiceReference<?> ref = ctx.getServiceReference(c.getName());
            assertNotNull(c.getName(), ref);
            ids.put(c.getSimpleName(), (Long) ref.getProperty("service.id"));
        }
        ServiceReference<?>[] app = ctx.getServiceReferences("javax.ws.rs.core.Application", "(osgi.jaxrs.name=ikz)");
        assertNotNull("the ikz JAX-RS application", app);
        ids.put("Application", (Long) app[0].getProperty("service.id"));
        return ids;
    }

    /**
     * Four-eyes (issue 8): case access a platform admin asked for takes effect when a second person,
     * a new tenant admin of the tenant, confirms each pending grant.
     *
     * @return how many grants were confirmed
     */
    protected static int confirmPendingGrants(Http h, String adminPassword, String tenant, String tenantAdmin, String password) {
        Http.ok(201, h.post("users", Http.json("username", tenantAdmin, "password", password, "tenant", tenant, "roles",
                List.of("tenant-admin")), "admin", adminPassword), "tenant admin");
        com.fasterxml.jackson.databind.JsonNode pending = Http.ok(200, h.get("grants?state=PENDING", tenantAdmin, password),
                "pending grants");
        for (com.fasterxml.jackson.databind.JsonNode g : pending) {
            assertEquals("CONFIRMED", Http.ok(200, h.post("grants/" + g.get("id").asText() + "/confirm", "{}", tenantAdmin,
                    password), "confirm " + g.get("username").asText()).get("state").asText());
        }
        return pending.size();
    }
}
