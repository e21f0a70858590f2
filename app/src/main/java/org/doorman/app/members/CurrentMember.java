package org.doorman.app.members;

import java.io.Serializable;

/**
 * The member behind an authenticated request, from a bearer token or a web session. Controllers take it with
 * {@code @AuthenticationPrincipal CurrentMember me}.
 */
public record CurrentMember(String id, String handle, String name, String language) implements Serializable {}
