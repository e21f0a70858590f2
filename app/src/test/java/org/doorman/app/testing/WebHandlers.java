package org.doorman.app.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The handlers of the web app (every mapping outside {@code /api/}), read from Spring MVC's handler mappings, so that
 * a test that goes through them all cannot forget a new one.
 */
public final class WebHandlers {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^/}]+)}");

    /** One method and path pattern, with the form fields its handler reads ({@code @RequestParam}, not maps). */
    public record Handler(String method, String pattern, List<String> fields, boolean takesAnyField) {

        public String name() {
            return method + " " + pattern;
        }

        public List<String> pathVariables() {
            var names = new ArrayList<String>();
            Matcher matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The pattern with its variables filled in, in order. */
        public String path(String... values) {
            String path = pattern;
            for (String value : values) {
                path = VARIABLE.matcher(path).replaceFirst(Matcher.quoteReplacement(value));
            }
            return path;
        }

        /** Whether a concrete path matches this pattern. */
        public boolean matches(String method, String path) {
            return this.method.equals(method)
                    && path.replaceAll("\\?.*", "")
                            .matches(VARIABLE.matcher(pattern).replaceAll("[^/]+"));
        }
    }

    private WebHandlers() {}

    /** Every web handler, sorted by pattern and method. */
    public static List<Handler> of(RequestMappingHandlerMapping mappings) {
        var handlers = new ArrayList<Handler>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (var method : methods) {
                    handlers.add(new Handler(method.name(), pattern, fields(handler), takesAnyField(handler)));
                }
            }
        });
        handlers.sort(Comparator.comparing(Handler::pattern).thenComparing(Handler::method));
        return handlers;
    }

    private static List<String> fields(HandlerMethod handler) {
        var fields = new ArrayList<String>();
        for (var parameter : handler.getMethodParameters()) {
            var param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || Map.class.isAssignableFrom(parameter.getParameterType())) {
                continue;
            }
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            fields.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
        }
        return fields;
    }

    private static boolean takesAnyField(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestParam.class)
                    && Map.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }
}
