package org.doorman.app.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one place where a NUL character is refused, before any controller sees the input: in the path, a query
 * parameter or a form field ({@link Filter}), and in any text of a JSON body ({@link #module()}). Both answer 400 naming
 * where the NUL stood, for every caller alike: a problem in the API, the error page in the web app. No person writes a
 * NUL, and PostgreSQL can neither store nor compare it.
 */
final class NulCharacters {

    private NulCharacters() {}

    /** Jackson reads every JSON text through this, so no controller or record checks for NUL itself. */
    static SimpleModule module() {
        return new SimpleModule("doorman-nul-characters")
                .addDeserializer(String.class, new Refusing())
                .addDeserializer(JsonNode.class, new RefusingInTrees());
    }

    private static final class Refusing extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (NulCharacter.in(value)) {
                throw new NulCharacter(parser, "");
            }
            return value;
        }
    }

    /** Bodies read as a tree (a strategy file, for one): every text and name in it. */
    private static final class RefusingInTrees extends JsonNodeDeserializer {
        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode tree = super.deserialize(parser, context);
            String where = nulIn(tree, "");
            if (where != null) {
                throw new NulCharacter(parser, where);
            }
            return tree;
        }

        /** Where the first NUL stands, as {@code rules[0].id}, or null. */
        private static String nulIn(JsonNode node, String path) {
            if (node.isString()) {
                return NulCharacter.in(node.asString()) ? path : null;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String where = nulIn(node.get(i), path + "[" + i + "]");
                    if (where != null) {
                        return where;
                    }
                }
            }
            for (var field : node.properties()) {
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String where = NulCharacter.in(field.getKey()) ? path : nulIn(field.getValue(), name);
                if (where != null) {
                    return where;
                }
            }
            return null;
        }
    }

    /** Path, query parameters and form fields. */
    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String where = where(request);
            if (where == null) {
                chain.doFilter(request, response);
            } else if (ApiRoutes.isApi(request)) {
                ProblemWriter.write(request, response, HttpStatus.BAD_REQUEST, where + " " + NulCharacter.DETAIL + ".");
            } else { // a page or a form: the web app's error page
                response.sendError(HttpStatus.BAD_REQUEST.value(), where + " " + NulCharacter.DETAIL + ".");
            }
        }

        private static String where(HttpServletRequest request) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (NulCharacter.in(path) || request.getRequestURI().contains("%00")) {
                return "The path";
            }
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (NulCharacter.in(parameter.getKey())
                        || Arrays.stream(parameter.getValue()).anyMatch(NulCharacter::in)) {
                    String name = parameter.getKey();
                    return NulCharacter.in(name) || name.length() > 60 ? "A parameter" : "The parameter '" + name + "'";
                }
            }
            return null;
        }
    }
}
