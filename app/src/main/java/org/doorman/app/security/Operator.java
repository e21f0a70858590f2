package org.doorman.app.security;

import java.io.Serializable;

/**
 * The network's operator, authenticated by the admin token ({@code DOORMAN_ADMIN_TOKEN}) with role
 * {@code ROLE_OPERATOR}. Operator-only endpoints are listed in {@link SecurityConfiguration}.
 */
public record Operator() implements Serializable {}
