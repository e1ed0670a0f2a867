package de.ikz.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.ops4j.pax.exam.Option;

/**
 * HTTPS for the test container, configured as the operator guide says: a PKCS#12 keystore with a
 * self-signed certificate for 127.0.0.1, generated for each run with the JDK's keytool into the
 * build folder (a throw-away test key, never committed), and the Pax Web keys in
 * {@code etc/org.ops4j.pax.web.cfg}. Plain HTTP stays on for the other tests.
 */
final class TestTls {

    private TestTls() {
    }

    /** Container options: the HTTPS connector on a free port with a fresh keystore. Runs in the test JVM. */
    static Option[] options(String examDir) throws IOException {
        int port = ContainerSupport.freePort();
        Path dir = Files.createDirectories(new File(examDir).toPath().toAbsolutePath().getParent().resolve("exam-tls"));
        Path keystore = dir.resolve("keystore-" + UUID.randomUUID() + ".p12");
        String password = UUID.randomUUID().toString();
        generate(keystore, password);
        String pid = "etc/org.ops4j.pax.web.cfg";
        return new Option[] {
            editConfigurationFilePut(pid, "org.osgi.service.http.secure.enabled", "true"),
            editConfigurationFilePut(pid, "org.osgi.service.http.port.secure", Integer.toString(port)),
            editConfigurationFilePut(pid, "org.ops4j.pax.web.ssl.keystore", keystore.toString()),
            editConfigurationFilePut(pid, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12"),
            editConfigurationFilePut(pid, "org.ops4j.pax.web.ssl.keystore.password", password),
            editConfigurationFilePut(pid, "org.ops4j.pax.web.ssl.key.password", password),
            editConfigurationFilePut(pid, "org.ops4j.pax.web.ssl.key.alias", "ikz"),
            editConfigurationFilePut(pid, "org.ops4j.pax.web.ssl.protocols.included", "TLSv1.3,TLSv1.2"),
            systemProperty("ikz.itest.https.port").value(Integer.toString(port)),
            systemProperty("ikz.itest.keystore").value(keystore.toString()),
            systemProperty("ikz.itest.keystore.password").value(password)
        };
    }

    private static void generate(Path keystore, String password) throws IOException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "ikz", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-dname", "CN=127.0.0.1, O=IKZ test", "-ext", "SAN=ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0 || !Files.exists(keystore)) {
                throw new IOException("keytool failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A TLS context that trusts exactly the test certificate. Runs in the container. */
    static SSLContext clientContext() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("ikz.itest.keystore")))) {
            ks.load(in, System.getProperty("ikz.itest.keystore.password").toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("ikz", ks.getCertificate("ikz"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
