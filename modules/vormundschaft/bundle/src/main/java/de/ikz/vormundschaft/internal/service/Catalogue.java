package de.ikz.vormundschaft.internal.service;

import java.util.List;
import java.util.Optional;

import de.ikz.vormundschaft.internal.service.Training.TrainingModule;

/**
 * Fixed lists of the module: the training modules (the four required ones make a volunteer's
 * training complete) and the areas of care (Wirkungskreise) of a Pflegschaft.
 */
final class Catalogue {

    static final List<TrainingModule> TRAINING = List.of(
            new TrainingModule("rights-duties", "Rechte und Pflichten des Vormunds", true),
            new TrainingModule("family-court", "Das Familiengericht", true),
            new TrainingModule("care-planning", "Hilfeplanung", true),
            new TrainingModule("participation", "Beteiligung des Kindes", true),
            new TrainingModule("assets", "Vermögenssorge", false),
            new TrainingModule("residence-asylum", "Aufenthalts- und Asylrecht", false),
            new TrainingModule("health", "Gesundheit", false),
            new TrainingModule("school", "Schule und Ausbildung", false),
            new TrainingModule("trauma", "Trauma und Flucht", false));

    /** Areas of care a Pflegschaft (or an additional Pfleger) can cover. */
    enum Area {
        RESIDENCE, HEALTH, ASSETS, EDUCATION_HELP, CONTACT, SCHOOL, AUTHORITIES, ASYLUM_PROCEDURE
    }

    enum Travel {
        MUNICIPALITY, DISTRICT, ANY
    }

    enum Placement {
        FOSTER_FAMILY, RESIDENTIAL_CARE, RELATIVES, OTHER
    }

    enum Medium {
        IN_PERSON, PHONE, VIDEO, EMAIL, LETTER
    }

    enum Kind {
        GUARDIANSHIP, CURATORSHIP
    }

    private Catalogue() {
    }

    static Optional<TrainingModule> module(String id) {
        return TRAINING.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    static List<String> required() {
        return TRAINING.stream().filter(TrainingModule::required).map(TrainingModule::id).toList();
    }
}
