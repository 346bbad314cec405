package io.rolecall.connector.entra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.rolecall.connector.entra.testing.GraphStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A WireMock extension serving a large generated Entra ID tenant as Graph pages it: the users 100 to
 * a page (Graph's cap when the manager is expanded), each with its manager; every 50th user in the
 * recycle bin instead; every 25th disabled; two groups holding every 100th user. Every page is
 * rendered before the read starts, so the read measures the connector, not the stub's JSON.
 */
public final class GeneratedEntraTenant implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "generated-entra-tenant";
    static final int USERS_PAGE = 100;
    static final int OTHER_PAGE = 999;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int users;
    private final String root;
    private final Map<String, byte[]> pages = new HashMap<>();

    public GeneratedEntraTenant(int users, String root) {
        this.users = users;
        this.root = root;
        render("/v1.0/users", i -> !deleted(i), USERS_PAGE, true);
        render("/v1.0/directory/deletedItems/microsoft.graph.user", GeneratedEntraTenant::deleted, OTHER_PAGE, false);
        for (String group : List.of("a", "b")) {
            render("/v1.0/groups/" + groupId(group) + "/transitiveMembers/microsoft.graph.user", i -> i % 100 == 0,
                    OTHER_PAGE, false);
        }
    }

    static boolean deleted(int index) {
        return index % 50 == 7;
    }

    static String groupId(String group) {
        return "00000000-0000-4000-8000-00000000000" + (group.equals("a") ? 1 : 2);
    }

    private void render(String path, java.util.function.IntPredicate included, int size, boolean full) {
        List<Map<String, Object>> page = new ArrayList<>(size);
        int number = 0;
        for (int i = 0; i < users; i++) {
            if (!included.test(i)) {
                continue;
            }
            page.add(full || path.contains("deleted") ? user(i) : Map.of("@odata.type", "#microsoft.graph.user",
                    "id", id(i)));
            if (page.size() == size) {
                store(path, number, page, root + path + "?$skiptoken=" + GraphStub.token(path, number + 1));
                page = new ArrayList<>(size);
                number++;
            }
        }
        store(path, number, page, null);
    }

    private void store(String path, int number, List<Map<String, Object>> page, String next) {
        try {
            pages.put(path + "#" + number, JSON.writeValueAsBytes(GraphStub.page(page, next)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String id(int index) {
        return String.format("%08d-0000-4000-8000-000000000000", index);
    }

    private static Map<String, Object> user(int i) {
        Map<String, Object> user = GraphStub.with(GraphStub.user(id(i), "person" + i + "@bench.example",
                "Person " + i, i % 25 != 3), "jobTitle", "Engineer");
        user = GraphStub.with(user, "department", "Dept " + (i % 40));
        return i == 0 ? user : GraphStub.managedBy(user, id(i / 10), "person" + (i / 10) + "@bench.example");
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String path = event.getRequest().getUrl().split("\\?")[0];
        if (event.getRequest().getMethod().getName().equals("POST")) {
            return GraphStub.json(200, Map.of("token_type", "Bearer", "expires_in", 3599,
                    "access_token", "bench-token")).build();
        }
        if (path.equals("/v1.0/groups")) {
            String filter = event.getRequest().queryParameter("$filter").firstValue();
            String group = filter.contains("bench-group-a") ? "a" : "b";
            return GraphStub.json(200, GraphStub.page(List.of(Map.of("id", groupId(group),
                    "displayName", "bench-group-" + group)), null)).build();
        }
        QueryParameter skip = event.getRequest().queryParameter("$skiptoken");
        int number = skip.isPresent() ? Integer.parseInt(skip.firstValue().substring(skip.firstValue()
                .lastIndexOf('p') + 1)) : 0;
        byte[] body = pages.get(path + "#" + number);
        return body == null ? ResponseDefinitionBuilder.responseDefinition().withStatus(404).build()
                : ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(body).build();
    }
}
