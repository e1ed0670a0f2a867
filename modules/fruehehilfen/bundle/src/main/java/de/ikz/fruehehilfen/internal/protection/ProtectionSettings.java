package de.ikz.fruehehilfen.internal.protection;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the field keys live, PID {@code de.ikz.fruehehilfen.protection} (file etc/de.ikz.fruehehilfen.protection.cfg). */
@ObjectClassDefinition(name = "Frühe Hilfen: field encryption",
        description = "The key file with which identities and health data of the module are sealed (AES-256-GCM)")
public @interface ProtectionSettings {

    String PID = "de.ikz.fruehehilfen.protection";

    /** The default file name, in Karaf's etc folder (not in the data folder, so a database backup never holds it). */
    String DEFAULT_FILE = "ikz-fruehehilfen.keys";

    @AttributeDefinition(name = "Key file", description = "Path of the key file; empty: ${karaf.etc}/ikz-fruehehilfen.keys. "
            + "A relative path is taken from the Karaf home. Created with a first key on first start; never replaced.")
    String key_file() default "";

    @AttributeDefinition(name = "Batch size", description = "Rows re-sealed per transaction by fruehehilfen:key-rotate (10 to 10000)")
    int rotation_batch() default 200;
}
