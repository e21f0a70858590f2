package org.doorman.app.api;

import jakarta.servlet.http.HttpServletRequest;

/** Which calls go to the REST API (problem details) rather than to the web app's pages (error pages). */
public final class ApiRoutes {

    private ApiRoutes() {}

    /** A call under {@code /api}, whatever the context path. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
