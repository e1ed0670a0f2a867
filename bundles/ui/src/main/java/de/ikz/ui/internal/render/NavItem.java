package de.ikz.ui.internal.render;

/** A navigation entry: its text and its absolute href below {@code /ui/}. */
public record NavItem(String label, String href) {
}
