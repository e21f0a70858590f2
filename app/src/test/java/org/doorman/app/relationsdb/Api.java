package org.doorman.app.relationsdb;

import org.doorman.app.testing.TestMembers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the REST API as a member (their token), as the operator, or without a token (null), as a platform does. */
public record Api(MockMvc mvc) {

    public static final String OPERATOR = TestMembers.ADMIN_TOKEN;

    public ResultActions get(String token, String path) throws Exception {
        return mvc.perform(authorized(MockMvcRequestBuilders.get("/api/v1" + path), token, null));
    }

    public ResultActions post(String token, String path, String json) throws Exception {
        return mvc.perform(authorized(MockMvcRequestBuilders.post("/api/v1" + path), token, json));
    }

    public ResultActions put(String token, String path, String json) throws Exception {
        return mvc.perform(authorized(MockMvcRequestBuilders.put("/api/v1" + path), token, json));
    }

    public ResultActions delete(String token, String path) throws Exception {
        return mvc.perform(authorized(MockMvcRequestBuilders.delete("/api/v1" + path), token, null));
    }

    private static MockHttpServletRequestBuilder authorized(
            MockHttpServletRequestBuilder request, String token, String json) {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(token));
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.accept(MediaType.APPLICATION_JSON);
    }
}
