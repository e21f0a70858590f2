package org.doorman.app.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query or form parameter that contains the character U+0000 with 400, before sign-in or a page sees it:
 * no text a member writes contains it, and PostgreSQL cannot store or even compare it (the query would fail as a
 * server error). JSON bodies are checked where they are read.
 */
class NulCharacters extends OncePerRequestFilter {

    static final String DETAIL = "A field contains the character U+0000, which Doorman does not accept.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean nul = request.getParameterMap().entrySet().stream()
                .anyMatch(parameter -> parameter.getKey().indexOf('\0') >= 0
                        || java.util.Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf('\0') >= 0));
        if (!nul) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemWriter.write(request, response, HttpStatus.BAD_REQUEST, DETAIL);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value(), DETAIL);
        }
    }
}
