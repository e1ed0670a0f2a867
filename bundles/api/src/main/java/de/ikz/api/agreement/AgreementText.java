package de.ikz.api.agreement;

import java.util.List;

/** The descriptive fields of the state IKZ database profile. */
public record AgreementText(String anlass, String ziel, String umsetzung, String finanzierung, String kontakt,
                            List<String> links) {
    public AgreementText {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
