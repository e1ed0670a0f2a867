#set( $camel = "" )#foreach( $part in $moduleId.split("-") )#if( $camel == "" )#set( $camel = $part )#else#set( $camel = "$camel$part.substring(0,1).toUpperCase()$part.substring(1)" )#end#end##
package ${package}.internal.domain;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One entry of the module, the example aggregate: replace it with the module's own records. In the
 * OpenAPI document a record component is required unless marked NOT_REQUIRED; schema names carry
 * the module's prefix, so they never clash with another module's once the documents are merged.
 *
 * @param id         the entry's id ({@code E-XXXXXX}), unique in the tenant
 * @param title      short title, one line
 * @param note       free text, may be absent
 * @param recordedOn the day it was recorded
 * @param createdBy  the user who recorded it
 */
@Schema(name = "${camel}Entry", description = "An entry of the module ${moduleId}")
public record Entry(
        @Schema(example = "E-7F3Q2M") String id,
        @Schema(maxLength = Entry.TITLE_MAX) String title,
        @Schema(maxLength = Entry.NOTE_MAX, requiredMode = Schema.RequiredMode.NOT_REQUIRED) String note,
        LocalDate recordedOn,
        String createdBy) {

    public static final int TITLE_MAX = 200;
    public static final int NOTE_MAX = 2000;

    /** Body of a create: the title is required, the note optional. */
    @Schema(name = "${camel}EntryInput", description = "A new entry")
    public record Input(
            @Schema(maxLength = TITLE_MAX) String title,
            @Schema(maxLength = NOTE_MAX, requiredMode = Schema.RequiredMode.NOT_REQUIRED) String note) {
    }
}
