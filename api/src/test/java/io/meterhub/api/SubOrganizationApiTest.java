package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.apikeys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys granted their organization's sub-organizations: org-a has the children branch and sibling, branch has the child
 * depot. A key of branch sees branch's registry; granted, depot's too; never org-a's (its parent) or sibling's.
 */
class SubOrganizationApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BRANCH = "branch";
    private static final String DEPOT = "depot";
    private static final String SIBLING = "sibling";
    private static ApiFixture api;
    private static String plain;
    private static String granted;

    @BeforeAll
    static void start() {
        api = new ApiFixture("api_sub_organizations");
        api.sql("INSERT INTO organization (id, name, time_zone, parent_id) VALUES ('" + BRANCH + "', 'Branch', 'Europe/Samara', 'org-a'), ('"
                + SIBLING + "', 'Sibling', 'Europe/Moscow', 'org-a')");
        api.sql("INSERT INTO organization (id, name, time_zone, parent_id) VALUES ('" + DEPOT + "', 'Depot', 'Europe/Samara', '" + BRANCH + "')");
        for (String org : List.of("org-a", BRANCH, DEPOT, SIBLING)) {
            api.sql("INSERT INTO controller (id, organization_id) VALUES ('ctl-" + org + "-" + api.suffix + "', '" + org + "')");
            api.sql("INSERT INTO meter (id, organization_id, controller_id) VALUES ('M-" + org + "-" + api.suffix + "', '" + org + "', 'ctl-" + org
                    + "-" + api.suffix + "')");
        }
        plain = api.key(BRANCH, Scope.REGISTRY_WRITE, Scope.TELEMETRY_WRITE);
        granted = api.keys.create(BRANCH, "with depots", Set.of(Scope.REGISTRY_WRITE, Scope.TELEMETRY_WRITE), "test", true).secret();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String meter(String org) {
        return "M-" + org + "-" + api.suffix;
    }

    private static String controller(String org) {
        return "ctl-" + org + "-" + api.suffix;
    }

    private static List<String> listed(String key, String path) throws Exception {
        HttpResponse<String> page = api.send("GET", path, (String) null, "X-Api-Key", key);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(page.body()).get("items").forEach(i -> ids.add(i.get("organization").asText() + ":" + i.get("id").asText()));
        return ids;
    }

    @Test
    void a_key_without_the_grant_sees_nothing_of_its_sub_organization() throws Exception {
        assertThat(listed(plain, "/api/v1/meters?limit=1000")).contains(BRANCH + ":" + meter(BRANCH)).allMatch(m -> m.startsWith(BRANCH + ":"));
        assertThat(listed(plain, "/api/v1/controllers?limit=1000")).containsExactly(BRANCH + ":" + controller(BRANCH));
        assertThat(api.send("GET", "/api/v1/meters/" + meter(DEPOT), (String) null, "X-Api-Key", plain).statusCode()).isEqualTo(404);
        HttpResponse<String> named = api.send("GET", "/api/v1/meters?organization=" + DEPOT, (String) null, "X-Api-Key", plain);
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(named.body()).at("/errors/0/parameter").asText()).isEqualTo("organization");
    }

    @Test
    void a_granted_key_sees_its_sub_organizations_and_never_a_sibling_or_its_parent() throws Exception {
        assertThat(listed(granted, "/api/v1/meters?limit=1000")).contains(BRANCH + ":" + meter(BRANCH), DEPOT + ":" + meter(DEPOT))
                .allMatch(m -> m.startsWith(BRANCH + ":") || m.startsWith(DEPOT + ":"));
        assertThat(listed(granted, "/api/v1/controllers?limit=1000"))
                .containsExactlyInAnyOrder(BRANCH + ":" + controller(BRANCH), DEPOT + ":" + controller(DEPOT));
        assertThat(listed(granted, "/api/v1/meters?organization=" + DEPOT)).contains(DEPOT + ":" + meter(DEPOT)).allMatch(m -> m.startsWith(DEPOT + ":"));
        HttpResponse<String> depot = api.send("GET", "/api/v1/meters/" + meter(DEPOT), (String) null, "X-Api-Key", granted);
        assertThat(depot.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(depot.body()).get("organization").asText()).isEqualTo(DEPOT);
        for (String outside : List.of("org-a", SIBLING)) {
            assertThat(api.send("GET", "/api/v1/meters/" + meter(outside), (String) null, "X-Api-Key", granted).statusCode()).isEqualTo(404);
            assertThat(api.send("GET", "/api/v1/controllers/" + controller(outside), (String) null, "X-Api-Key", granted).statusCode())
                    .isEqualTo(404);
            assertThat(api.send("GET", "/api/v1/meters?organization=" + outside, (String) null, "X-Api-Key", granted).statusCode())
                    .isEqualTo(400);
        }
    }

    @Test
    void an_item_is_written_into_the_organization_it_names_or_the_keys_own_and_never_outside_the_grant() throws Exception {
        String intoDepot = "M-w1-" + api.suffix;
        String intoOwn = "M-w2-" + api.suffix;
        String intoParent = "M-w3-" + api.suffix;
        HttpResponse<String> response = api.send("PUT", "/api/v1/meters", "{\"items\":["
                + "{\"organization\":\"" + DEPOT + "\",\"id\":\"" + intoDepot + "\",\"controllerId\":\"" + controller(DEPOT)
                + "\",\"registerDigits\":6,\"tariffRegisters\":0,\"intervalSeconds\":900},"
                + "{\"id\":\"" + intoOwn + "\",\"controllerId\":\"" + controller(BRANCH) + "\",\"registerDigits\":6,\"tariffRegisters\":0,"
                + "\"intervalSeconds\":900},"
                + "{\"organization\":\"org-a\",\"id\":\"" + intoParent + "\",\"controllerId\":\"" + controller("org-a")
                + "\",\"registerDigits\":6,\"tariffRegisters\":0,\"intervalSeconds\":900}]}", "X-Api-Key", granted);
        HttpResponse<String> withoutGrant = api.send("PUT", "/api/v1/meters", "{\"items\":[{\"organization\":\"" + DEPOT + "\",\"id\":\"M-w4-"
                + api.suffix + "\",\"controllerId\":\"" + controller(DEPOT) + "\",\"registerDigits\":6,\"tariffRegisters\":0,"
                + "\"intervalSeconds\":900}]}", "X-Api-Key", plain);

        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("accepted")).extracting(a -> a.get("index").asInt()).containsExactly(0, 1);
        assertThat(answer.at("/refused/0/index").asInt()).isEqualTo(2);
        assertThat(answer.at("/refused/0/errors/0/pointer").asText()).isEqualTo("#/items/2/organization");
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + intoDepot + "' AND organization_id = '" + DEPOT + "'")).isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + intoOwn + "' AND organization_id = '" + BRANCH + "'")).isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM meter WHERE id IN ('" + intoParent + "', 'M-w4-" + api.suffix + "')")).isZero();
        assertThat(JSON.readTree(withoutGrant.body()).at("/refused/0/errors/0/pointer").asText()).isEqualTo("#/items/0/organization");
        assertThat(api.count("SELECT count(*) FROM audit_entry WHERE record_id = '" + intoDepot + "' AND organization_id = '" + DEPOT + "'"))
                .as("the write is in the sub-organization's audit log").isEqualTo(1);
    }

    @Test
    void telemetry_of_a_sub_organizations_controller_is_published_only_for_a_granted_key() throws Exception {
        String document = "{\"v\":1,\"controller\":\"" + controller(DEPOT) + "\",\"readings\":[{\"meter\":\"" + meter(DEPOT)
                + "\",\"ts\":\"2026-11-23T10:00:00Z\",\"values\":{\"1.8.0\":1.5}}]}";
        HttpResponse<String> refused = api.send("POST", "/api/v1/telemetry", document, "X-Api-Key", plain);
        HttpResponse<String> accepted = api.send("POST", "/api/v1/telemetry", document, "X-Api-Key", granted);
        HttpResponse<String> parents = api.send("POST", "/api/v1/telemetry", document.replace(controller(DEPOT), controller("org-a")), "X-Api-Key",
                granted);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(parents.statusCode()).isEqualTo(422);
    }

    @Test
    void an_operation_on_one_organization_acts_for_the_sub_organization_it_names_only_with_the_grant() throws Exception {
        String grantedHooks = api.keys.create(BRANCH, "hooks of depots", Set.of(Scope.WEBHOOKS_MANAGE), "test", true).secret();
        String plainHooks = api.key(BRANCH, Scope.WEBHOOKS_MANAGE);
        String subscription = "{\"url\":\"http://localhost:9/depot\",\"events\":[\"reading.submitted\"]}";

        HttpResponse<String> forDepot = api.send("POST", "/api/v1/webhooks?organization=" + DEPOT, subscription, "X-Api-Key", grantedHooks);
        HttpResponse<String> withoutGrant = api.send("POST", "/api/v1/webhooks?organization=" + DEPOT, subscription, "X-Api-Key", plainHooks);
        HttpResponse<String> forParent = api.send("POST", "/api/v1/webhooks?organization=org-a", subscription, "X-Api-Key", grantedHooks);
        HttpResponse<String> ownList = api.send("GET", "/api/v1/webhooks", (String) null, "X-Api-Key", grantedHooks);
        HttpResponse<String> depotList = api.send("GET", "/api/v1/webhooks?organization=" + DEPOT, (String) null, "X-Api-Key", grantedHooks);

        assertThat(forDepot.statusCode()).as(forDepot.body()).isEqualTo(201);
        assertThat(api.count("SELECT count(*) FROM webhook_subscription WHERE organization_id = '" + DEPOT + "'")).isEqualTo(1);
        for (HttpResponse<String> refused : List.of(withoutGrant, forParent)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).at("/errors/0/parameter").asText()).isEqualTo("organization");
        }
        assertThat(api.count("SELECT count(*) FROM webhook_subscription WHERE organization_id IN ('org-a', '" + BRANCH + "')")).isZero();
        assertThat(JSON.readTree(ownList.body()).get("items")).as("the key's own organization by default").isEmpty();
        assertThat(JSON.readTree(depotList.body()).get("items")).extracting(i -> i.get("url").asText()).containsExactly("http://localhost:9/depot");
    }
}
