package de.ikz.core.internal;

import java.util.Map;

import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Component;

/**
 * Offers {@link Pbkdf2Encryption} to Karaf's JAAS as the encryption service named
 * {@value #NAME}: a realm with {@code encryption.name = ikz} (the shipped
 * {@code etc/org.apache.karaf.jaas.cfg}) hashes and verifies passwords with it, for REST and ssh
 * logins alike. Karaf looks the service up by that name at each login and waits up to 20 s for it
 * when it is missing (then the login fails); {@link JaasUserStore} does not need it for writing.
 */
@Component(service = EncryptionService.class, property = "name=" + PasswordHashing.NAME)
public final class PasswordHashing implements EncryptionService {

    /** The value of {@code encryption.name} that selects this service. */
    public static final String NAME = "ikz";

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        return Pbkdf2Encryption.fromOptions(params);
    }
}
