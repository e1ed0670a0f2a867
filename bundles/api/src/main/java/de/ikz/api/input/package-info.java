/**
 * Bounded input: the one place where money, decimals, years, dates, percentages and counts that
 * come from outside (REST bodies and parameters, console arguments, imports) are parsed and
 * checked, before any arithmetic. Every refusal is an
 * {@link de.ikz.api.error.IkzException} of kind {@code INVALID} naming the field, so the REST
 * layer answers 400 with problem details and the console prints {@code Error in <field>: ...}.
 * Services call the same checks again on values they receive (defence in depth).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package de.ikz.api.input;
