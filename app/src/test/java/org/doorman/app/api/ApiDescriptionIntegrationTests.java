package org.doorman.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doorman.app.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API description as a client reads it at {@code /v3/api-docs}. It is written to {@code target/openapi.json},
 * where CI lints it with Redocly ({@code .ci/run}).
 */
@IntegrationTest
abstract class ApiDescriptionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theDescriptionIsWrittenForTheLinter() throws Exception {
        String description = description();

        Path file = Path.of("target", "openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, description, StandardCharsets.UTF_8);

        assertThat(JsonPath.<Map<String, Object>>read(description, "$.paths")).containsKey("/api/v1/members");
    }

    @Test
    void onlyTheApiIsDescribedNotTheWebPages() throws Exception {
        assertThat(JsonPath.<Map<String, Object>>read(description(), "$.paths").keySet())
                .isNotEmpty()
                .allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void everyCallNeedsABearerTokenExceptTheSignedUnsubscribeLink() throws Exception {
        String description = description();

        assertThat(JsonPath.<String>read(description, "$.components.securitySchemes.bearer.scheme"))
                .isEqualTo("bearer");
        assertThat(JsonPath.<List<Object>>read(description, "$.security[*].bearer"))
                .hasSize(1);
        assertThat(JsonPath.<List<Object>>read(description, "$.paths['/api/v1/digest/unsubscribe'].post.security"))
                .isEmpty();
        assertThat(JsonPath.<Map<String, Object>>read(description, "$.paths['/api/v1/inbox'].get.responses"))
                .containsKey("401");
    }

    @Test
    void everyCallHasASummaryAndItsProblemAnswers() throws Exception {
        String description = description();

        List<Map<String, Object>> operations = JsonPath.read(description, "$.paths.*.*");
        assertThat(operations).hasSizeGreaterThan(30).allSatisfy(operation -> {
            assertThat(operation).containsKey("summary");
            @SuppressWarnings("unchecked")
            var responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet()).anyMatch(code -> code.startsWith("2"));
            assertThat(responses.keySet()).anyMatch(code -> code.startsWith("4"));
            responses.entrySet().stream()
                    .filter(response -> response.getKey().startsWith("4"))
                    .forEach(response -> assertThat(
                                    response.getValue().get("content").toString())
                            .contains("application/problem+json"));
        });
        assertThat(JsonPath.<Map<String, Object>>read(description, "$.paths['/api/v1/requests'].post.responses"))
                .containsKeys("201", "400", "401", "409", "413", "429");
    }

    private String description() throws Exception {
        return mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
