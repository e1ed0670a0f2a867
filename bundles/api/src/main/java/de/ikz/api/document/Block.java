package de.ikz.api.document;

import java.util.List;

/**
 * A piece of a document's content. Text is plain text (no markup; a line break starts a new line);
 * the renderer escapes it and never cuts a word.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Fields, Block.Note, Table {

    /** A section heading. */
    record Heading(String text) implements Block {
    }

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
    }

    /** Label–value lines, labels in one column. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** A framed remark that must not be overlooked (a superseded run, a warning). */
    record Note(String text, boolean warning) implements Block {
    }

    static Heading heading(String text) {
        return new Heading(text);
    }

    static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    static Fields fields(List<Field> fields) {
        return new Fields(fields);
    }
}
