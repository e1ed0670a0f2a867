package de.ikz.api.ui;

import de.ikz.api.error.IkzException;

/**
 * One screen. {@link #view} answers GET, {@link #submit} answers POST (a change). Declare who may
 * do either with {@link de.ikz.api.module.Roles} on the method, or on the class for both; a page
 * without roles, or with a role its module does not declare, is refused to everybody, and a
 * read-only role (the auditor) never passes {@code submit}. Row-level rules (which office's child)
 * stay with the services the page calls: their {@link IkzException} NOT_FOUND becomes a 404 page.
 * <p>
 * When {@code submit} throws an {@link IkzException} INVALID or CONFLICT, the shell answers 422
 * with {@code view} of the same request: the submitted values stay in their fields and the field
 * the exception names is marked with its message. Nothing was changed, so the user just corrects
 * the value.
 */
public interface UiPage {

    /**
     * The page's path below its contribution: segments separated by {@code /}, a segment in braces
     * is a parameter ({@code "volunteers/{id}"}). The empty path is the area's start page.
     */
    String path();

    /** The screen for a GET request. */
    View view(UiRequest request);

    /**
     * The answer to a POST: normally a {@link View.Redirect} (post/redirect/get) with a message.
     * The default refuses: the page changes nothing.
     */
    default View submit(UiRequest request) {
        throw new IkzException(IkzException.Kind.FORBIDDEN, "this page changes nothing");
    }
}
