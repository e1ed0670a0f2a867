package de.ikz.api.participant;

import java.math.BigDecimal;

/**
 * A municipality of the federal municipal register (tenant-independent reference data).
 *
 * @param ags         8-digit Amtlicher Gemeindeschlüssel, e.g. "05334004" (Alsdorf)
 * @param name        official name, e.g. "Alsdorf, Stadt"
 * @param districtKey 5-digit key of its district (Kreis or district-free city), e.g. "05334"
 * @param kind        the register's text code (61 district-free city … 67 große Kreisstadt)
 * @param areaKm2     area in km²
 * @param postcode    main postcode
 */
public record RegisterMunicipality(String ags, String name, String districtKey, int kind, BigDecimal areaKm2,
                                   String postcode) {
}
