package org.doorman.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.doorman.app.api.ProblemWriter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Without an admin token nobody is operator, so creating members over the API is switched off for everyone. */
final class MemberCreationSwitch extends OncePerRequestFilter {

    private final OperatorSettings operator;

    MemberCreationSwitch(OperatorSettings operator) {
        this.operator = operator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!operator.operatorEnabled()
                && HttpMethod.POST.matches(request.getMethod())
                && SecurityConfiguration.MEMBERS.equals(request.getRequestURI())) {
            ProblemWriter.write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "Member creation over the API is off: the operator has set no admin token (DOORMAN_ADMIN_TOKEN).");
            return;
        }
        chain.doFilter(request, response);
    }
}
