/**
 * Documents described as data and rendered by the platform: letters in DIN 5008 form, reports and
 * certificates, to PDF/A with embedded fonts and to CSV as one flat table. Core bundles and
 * modules build a {@link de.ikz.api.document.Document} and hand it to the
 * {@link de.ikz.api.document.DocumentService}; none of them writes PDF or CSV itself.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package de.ikz.api.document;
