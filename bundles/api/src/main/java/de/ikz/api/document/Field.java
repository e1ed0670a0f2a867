package de.ikz.api.document;

/** A label and its value, both as printed. */
public record Field(String label, String value) {
}
