/**
 * The web UI contract: how the core and each cooperation module bring their screens into the
 * platform's web UI under {@code /ui}. A bundle registers a {@link de.ikz.api.ui.UiContribution}
 * service; the platform's shell tracks them dynamically, so a module's navigation, pages and
 * dashboard cards appear when its bundle starts and vanish when it stops.
 * <p>
 * Pages are data, not HTML: a {@link de.ikz.api.ui.UiPage} answers a {@link de.ikz.api.ui.UiRequest}
 * with a {@link de.ikz.api.ui.View} made of {@link de.ikz.api.ui.Part}s holding typed
 * {@link de.ikz.api.ui.Value}s. The shell renders them with the design system, formats dates and
 * amounts for the caller's locale, adds the session, CSRF protection and the role checks, so every
 * module's screens look alike, stay accessible and cannot forget a check.
 * <p>
 * Roles: {@link de.ikz.api.module.Roles} on a page's {@code view} and {@code submit} methods (or on
 * the page class), checked by the shell with the same rule as REST ({@link de.ikz.api.ui.UiRoles}).
 * A page whose {@code view} carries {@link de.ikz.api.module.PublicOperation} is public: no login, no
 * session, the public request limit ({@link de.ikz.api.module.PublicLimit}), and it changes nothing.
 * <p>
 * Languages (since 1.1): a screen, a section, a paragraph or a text may name its language; the shell
 * marks it with {@code lang} and, for right-to-left languages ({@link de.ikz.api.ui.TextDirection}),
 * {@code dir="rtl"}, so screen readers pronounce it and browsers lay it out correctly (BITV 2.0 /
 * WCAG 3.1.2). Text fields are written with {@code dir="auto"}: what a user types in Arabic runs
 * right to left.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package de.ikz.api.ui;
