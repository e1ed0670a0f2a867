package de.ikz.participant.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An SQL {@code IN (?, ?, …)} list padded to one of a few fixed sizes (repeating its last value),
 * so that the statement text repeats and the database's statement cache serves it: Derby compiles
 * every new statement text anew, which costs more than running a small query.
 */
record InList(String placeholders, List<Object> values) {

    private static final int[] SIZES = {1, 4, 16, 64, 256, 500};

    /** Values in chunks of at most 500, each padded. */
    static List<InList> of(List<String> values) {
        List<InList> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += 500) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + 500));
            int size = SIZES[SIZES.length - 1];
            for (int s : SIZES) {
                if (s >= chunk.size()) {
                    size = s;
                    break;
                }
            }
            List<Object> padded = new ArrayList<>(chunk);
            while (padded.size() < size) {
                padded.add(chunk.get(chunk.size() - 1));
            }
            chunks.add(new InList(String.join(", ", Collections.nCopies(size, "?")), padded));
        }
        return chunks;
    }
}
