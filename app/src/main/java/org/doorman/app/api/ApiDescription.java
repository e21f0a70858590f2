package org.doorman.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description at {@code /v3/api-docs}: only {@code /api/**}, a bearer token for every call that does not say
 * otherwise, and the problem details each call may answer, derived from its shape (a body or a query can be invalid,
 * a path names something that may not exist, a token may be missing or not allowed).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI doormanApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Doorman API")
                        .version("v1")
                        .description("Contact requests screened by the recipient's strategy. Errors are"
                                + " application/problem+json (RFC 9457)."))
                .servers(List.of(new Server().url("/").description("This Doorman")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A member's token (POST /api/v1/members, /api/v1/tokens or the"
                                                + " web app), or the operator's (DOORMAN_ADMIN_TOKEN).")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // here rather than on the bean above: springdoc drops schemas that no operation uses yet
            api.getComponents().addSchemas(PROBLEM, problem());
            api.getPaths()
                    .forEach((path, item) ->
                            item.readOperations().forEach(operation -> describeProblems(path, operation)));
        };
    }

    private static void describeProblems(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null || hasQuery(operation)) {
            responses.putIfAbsent("400", problem("The body or a parameter is missing or not valid."));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("413", problem("The body is larger than doorman.api.max-body-size (1 MB)."));
        }
        boolean open =
                operation.getSecurity() != null && operation.getSecurity().isEmpty();
        if (!open) {
            responses.putIfAbsent("401", problem("No token, or one that is not valid, revoked or expired."));
            responses.putIfAbsent(
                    "403", problem("This token may not make this call (an operator's call with a member's token)."));
        }
        if (path.contains("{")) {
            // someone else's resource answers 404 too: the answer does not reveal that it exists
            responses.putIfAbsent("404", problem("Nothing of this id that the caller may see."));
        }
        // the ones a controller declares itself (@ApiResponse) are problems as well
        responses.forEach((code, response) -> {
            if (code.startsWith("4")) {
                response.setContent(problem(response.getDescription()).getContent());
            }
        });
    }

    private static boolean hasQuery(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail; detail says in words what to change.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
    }
}
