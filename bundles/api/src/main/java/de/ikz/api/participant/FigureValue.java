package de.ikz.api.participant;

import java.time.LocalDate;

/**
 * One key figure of one municipality at one reference date, with its source.
 *
 * @param ags           municipality
 * @param figure        "population", "population_under_18", "population_under_3" or another named figure
 * @param referenceDate the date the figure describes (e.g. 2019-12-31)
 * @param value         the figure
 * @param source        where it comes from, e.g. "Destatis GV-ISys 4. Quartal 2020"
 */
public record FigureValue(String ags, String figure, LocalDate referenceDate, long value, String source) {

    public static final String POPULATION = "population";
    public static final String UNDER_18 = "population_under_18";
    public static final String UNDER_3 = "population_under_3";
}
