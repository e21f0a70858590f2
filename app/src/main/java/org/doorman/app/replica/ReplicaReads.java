package org.doorman.app.replica;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Chooses the database per HTTP request, after sign-in: a member's inbox and request pages (web and API, GET) are read
 * from the replica, unless that member wrote something (any other method) within the read-your-writes window: then they
 * read from the primary and see their own write at once. Everything else uses the primary.
 *
 * <p>The window is kept per instance: with several instances behind a load balancer, keep a member on one instance
 * (session affinity) or the member may, for at most the replication lag, not see their own write.
 */
final class ReplicaReads extends OncePerRequestFilter {

    private static final Pattern REPLICA_READS = Pattern.compile("^/(api/v1/)?(inbox|requests/[^/]+)/?$");
    private static final int MEMBERS_KEPT = 100_000;

    /** The members who wrote within the window; each is forgotten when their window ends. */
    private final Cache<String, Boolean> wroteRecently;

    ReplicaReads(Duration readYourWrites, LongSupplier nanoTime) {
        this.wroteRecently = Caffeine.newBuilder()
                .expireAfterWrite(readYourWrites)
                .maximumSize(MEMBERS_KEPT)
                .ticker(nanoTime::getAsLong)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String member = currentMember();
        if (member == null) {
            chain.doFilter(request, response);
        } else if (!isRead(request)) {
            noteWrite(member);
            try {
                chain.doFilter(request, response);
            } finally {
                noteWrite(member); // the window counts from the end of the write, when it is committed
            }
        } else if (goesToReplica(request) && !wroteRecently(member)) {
            boolean before = PrimaryOrReplica.routeToReplica(true);
            try {
                chain.doFilter(request, response);
            } finally {
                PrimaryOrReplica.routeToReplica(before);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    private static boolean goesToReplica(HttpServletRequest request) {
        return !request.getMethod().equals("OPTIONS")
                && REPLICA_READS
                        .matcher(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .matches();
    }

    private static String currentMember() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentMember member
                ? member.id()
                : null;
    }

    private void noteWrite(String member) {
        wroteRecently.put(member, Boolean.TRUE);
    }

    private boolean wroteRecently(String member) {
        return wroteRecently.getIfPresent(member) != null;
    }
}
