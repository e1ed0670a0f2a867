package de.ikz.api.ui;

import java.util.List;
import java.util.Objects;

/** What a page answers: a screen, a redirect after a change, or a file to download. */
public sealed interface View permits View.Screen, View.Redirect, View.Download {

    /**
     * A screen.
     *
     * @param title    the page's heading (h1) and window title
     * @param parts    the content, top to bottom
     * @param back     an optional link back up ("Zurück zu …"), or null
     * @param language the language of the screen's own texts (title, labels, paragraphs without a language
     *                 of their own) as a BCP 47 tag, or null for German. The shell marks the page with it
     *                 ({@code lang}, and {@code dir} for a right-to-left language, {@link TextDirection}) and
     *                 its own texts (header, footer) as German. Since 1.1.
     */
    record Screen(String title, List<Part> parts, Part.Link back, String language) implements View {
        public Screen {
            Objects.requireNonNull(title, "title");
            parts = parts == null ? List.of() : List.copyOf(parts);
            language = Part.languageTag(language);
        }

        public Screen(String title, List<Part> parts, Part.Link back) {
            this(title, parts, back, null);
        }

        public Screen(String title, List<Part> parts) {
            this(title, parts, null, null);
        }
    }

    /**
     * Go to another page (after a change: post/redirect/get).
     *
     * @param target  a target as in {@link Part.Link#target()}
     * @param message a success message shown once on the target page, or null
     */
    record Redirect(String target, String message) implements View {
        public Redirect {
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * A file: a document from the document service, a CSV export.
     *
     * @param fileName  the name the browser saves it under
     * @param mediaType e.g. {@code application/pdf}
     * @param content   the bytes
     */
    record Download(String fileName, String mediaType, byte[] content) implements View {
        public Download {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
        }
    }

    static Screen screen(String title, Part... parts) {
        return new Screen(title, List.of(parts));
    }

    static Redirect redirect(String target, String message) {
        return new Redirect(target, message);
    }
}
