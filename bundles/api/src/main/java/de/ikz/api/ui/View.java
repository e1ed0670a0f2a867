package de.ikz.api.ui;

import java.util.List;
import java.util.Objects;

/** What a page answers: a screen, a redirect after a change, or a file to download. */
public sealed interface View permits View.Screen, View.Redirect, View.Download {

    /**
     * A screen.
     *
     * @param title the page's heading (h1) and window title
     * @param parts the content, top to bottom
     * @param back  an optional link back up ("Zurück zu …"), or null
     */
    record Screen(String title, List<Part> parts, Part.Link back) implements View {
        public Screen {
            Objects.requireNonNull(title, "title");
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public Screen(String title, List<Part> parts) {
            this(title, parts, null);
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
