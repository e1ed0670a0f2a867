@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package de.ikz.api.module;
