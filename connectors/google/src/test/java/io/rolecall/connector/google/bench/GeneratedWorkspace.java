package io.rolecall.connector.google.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.rolecall.connector.google.testing.GoogleStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A WireMock extension serving a large generated Workspace directory: users 500 per page (every 50th
 * deleted, served only with showDeleted=true), and groups whose members are every 100th user. Pages
 * are rendered once and then served from memory, so a second read measures the connector.
 */
public final class GeneratedWorkspace implements ResponseDefinitionTransformerV2 {

    static final int USER_PAGE = 500;
    private static final int MEMBER_PAGE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int users;
    private final Map<String, ResponseDefinition> rendered = new ConcurrentHashMap<>();

    public GeneratedWorkspace(int users) {
        this.users = users;
    }

    @Override
    public String getName() {
        return "generated-workspace";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    static boolean deleted(int index) {
        return index % 50 == 7;
    }

    /** Like the real API, no token once nothing is left, so the request count is exact. */
    private boolean hasMore(int from, boolean members, boolean wantDeleted) {
        for (int index = from; index < users; index++) {
            if (members ? index % 100 == 0 : deleted(index) == wantDeleted) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        if (!event.getRequest().getUrl().startsWith("/admin/directory/v1/")) {
            return event.getResponseDefinition();
        }
        return rendered.computeIfAbsent(event.getRequest().getUrl(), url -> render(event));
    }

    private ResponseDefinition render(ServeEvent event) {
        String path = event.getRequest().getUrl().split("\\?")[0];
        QueryParameter token = event.getRequest().queryParameter("pageToken");
        int start = token.isPresent() ? Integer.parseInt(token.firstValue()) : 0;
        boolean members = path.endsWith("/members");
        boolean wantDeleted = event.getRequest().queryParameter("showDeleted").isPresent();
        List<Map<String, Object>> page = new ArrayList<>();
        int index = start;
        int size = members ? MEMBER_PAGE : USER_PAGE;
        for (; index < users && page.size() < size; index++) {
            if (members) {
                if (index % 100 == 0) {
                    page.add(Map.of("kind", "admin#directory#member", "id", String.valueOf(index), "type", "USER",
                            "status", "ACTIVE", "email", "person" + index + "@bench.example"));
                }
            } else if (deleted(index) == wantDeleted) {
                Map<String, Object> user = GoogleStub.user(String.valueOf(index), "person" + index + "@bench.example");
                user.put("organizations", List.of(Map.of("title", "Engineer", "department", "Department " + index % 20,
                        "primary", true)));
                if (index > 0) {
                    user.put("relations", List.of(Map.of("type", "manager", "value", "person" + index / 10 + "@bench.example")));
                }
                page.add(user);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(members ? "members" : "users", page);
        if (hasMore(index, members, wantDeleted)) {
            body.put("nextPageToken", String.valueOf(index));
        }
        try {
            return new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(JSON.writeValueAsBytes(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
