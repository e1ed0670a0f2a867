/** Helpers for writing log lines safely. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package de.ikz.api.log;
