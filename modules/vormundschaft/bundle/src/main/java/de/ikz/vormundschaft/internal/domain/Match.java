package de.ikz.vormundschaft.internal.domain;

import java.util.List;

/** One ranked volunteer for a child: the score and the reasons (German) behind it. */
public record Match(String volunteerId, int score, List<String> reasons) {
    public Match {
        reasons = List.copyOf(reasons);
    }
}
