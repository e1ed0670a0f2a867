package de.ikz.api.participant;

/**
 * A district or district-free city of the register.
 *
 * @param key  5-digit key (Land 2 + Regierungsbezirk 1 + Kreis 2), e.g. "05334"
 * @param name e.g. "Städteregion Aachen"
 * @param kind the register's text code: 41 district-free city, 42 Stadtkreis, 43 Kreis, 44 Landkreis, 45 Regionalverband
 */
public record RegisterDistrict(String key, String name, int kind) {
}
