package com.sesadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.admin.ui.MyAccountView;
import com.sesadvisor.admin.ui.UsersView;
import com.sesadvisor.analysis.ui.AnalysisView;
import com.sesadvisor.eligibility.ui.AuditView;
import com.sesadvisor.eligibility.ui.BatchView;
import com.sesadvisor.eligibility.ui.EligibilityView;
import com.sesadvisor.eligibility.ui.VerdictPrintView;
import com.sesadvisor.rules.ui.RulesView;
import com.sesadvisor.security.ui.LoginView;
import com.sesadvisor.workshop.answers.ui.InvitationView;
import com.sesadvisor.workshop.results.ui.InvitationResultsView;
import com.sesadvisor.workshop.results.ui.WorkshopResultsView;
import com.sesadvisor.workshop.results.ui.WorkshopView;
import com.sesadvisor.workshop.setup.ui.WorkshopSetupView;
import com.sesadvisor.workshop.overview.ui.WorkshopsView;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The role model of docs/architecture.md ("Roles"), cell by cell: every REST endpoint over real HTTP for every role
 * and anonymously (allowed = neither 401 nor 403; refused = 403, anonymous = 401), and every Vaadin route through
 * Vaadin's own access checker on the route class's annotations (what the router enforces server-side).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> REGULATORS = EnumSet.of(Role.REGULATOR, Role.ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
    private static final Set<Role> STAFF = EnumSet.of(Role.FACILITATOR, Role.ADMIN);
    private static final Set<Role> STAFF_AND_EXPERTS = EnumSet.of(Role.FACILITATOR, Role.ADMIN, Role.EXPERT);
    private static final String PASSWORD = "role-matrix-password";
    private static final String PROJECT = "{\"ruleSet\": \"CN-HEBEI-2024\", \"project\": {\"name\": \"Demo\", "
            + "\"ratedPowerMw\": 100, \"ratedEnergyMwh\": 400, \"annualCycles\": 330}}";

    /**
     * method, path, content type, body, roles allowed, and roles refused without revealing what exists (a workshop's
     * saved scenario for an account the workshop does not know): 404, or 400 naming the workshop when saving into it.
     */
    record Endpoint(String method, String path, String type, String body, Set<Role> allowed, Set<Role> hidden) {
        Endpoint(String method, String path, String type, String body, Set<Role> allowed) {
            this(method, path, type, body, allowed, Set.of());
        }
    }

    private static final String SCENARIO = "{\"name\": \"Role matrix\", \"scenario\": {}}";

    static final List<Endpoint> REST = List.of(
            new Endpoint("POST", "/api/ahp/priorities", "application/json", "{\"matrix\": [[1,3],[0.3333,1]]}", ALL),
            new Endpoint("POST", "/api/ahp/group", "application/json", "{\"matrices\": [[[1,3],[0.3333,1]]]}", ALL),
            new Endpoint("POST", "/api/weights/entropy", "application/json", "{\"matrix\": [[1,2],[3,4]]}", ALL),
            new Endpoint("POST", "/api/weights/combined", "application/json",
                    "{\"subjective\": [0.5,0.5], \"objective\": [0.4,0.6]}", ALL),
            new Endpoint("POST", "/api/topsis", "application/json",
                    "{\"matrix\": [[1,2],[3,4]], \"weights\": [0.5,0.5], \"directions\": [\"BENEFIT\",\"COST\"]}", ALL),
            new Endpoint("POST", "/api/finance/metrics", "application/json",
                    "{\"cashFlows\": [-100, 60, 60], \"discountRate\": 0.06}", ALL),
            new Endpoint("POST", "/api/finance/evaluate", "application/json", "{\"model\": \"CSSES\"}", ALL),
            new Endpoint("GET", "/api/finance/assumptions", null, null, ALL),
            new Endpoint("GET", "/api/finance/mechanisms", null, null, ALL),
            new Endpoint("POST", "/api/recommendations", "application/json", "{}", ALL),
            new Endpoint("GET", "/api/eligibility/rule-sets", null, null, ALL),
            new Endpoint("GET", "/api/tokens", null, null, ALL),
            new Endpoint("POST", "/api/eligibility", "application/json", PROJECT, REGULATORS),
            new Endpoint("POST", "/api/eligibility/batch", "text/csv",
                    "name,ratedPowerMw,ratedEnergyMwh,annualCycles\nA,100,400,330\n", REGULATORS),
            new Endpoint("POST", "/api/eligibility/batches", "text/csv",
                    "name,ratedPowerMw,ratedEnergyMwh,annualCycles\nA,100,400,330\n", REGULATORS),
            new Endpoint("GET", "/api/eligibility/batches", null, null, REGULATORS),
            // /api/eligibility/batches/{id}[/results] (GET, DELETE): same class-level role check; who sees which job
            // (owner or ADMIN, else 404) is EligibilityBatchApiTest's.
            new Endpoint("GET", "/api/eligibility/audit", null, null, REGULATORS),
            new Endpoint("GET", "/api/eligibility/audit/1", null, null, REGULATORS),
            new Endpoint("GET", "/api/admin/users", null, null, ADMINS),
            new Endpoint("POST", "/api/admin/users", "application/json", "{}", ADMINS),
            new Endpoint("POST", "/api/admin/users/matrix-expert/unlock", null, null, ADMINS),
            new Endpoint("POST", "/api/rules/reload", null, null, ADMINS),
            // workshops (issue 15): facilitators and admins set up and read everything; an expert account reaches
            // its own participant ({pid}, tied to matrix-expert) and the results the workshop ({ws}) shares
            new Endpoint("GET", "/api/workshops", null, null, ALL),
            new Endpoint("POST", "/api/workshops", "application/json", "{\"name\": \"Matrix\"}", STAFF),
            new Endpoint("GET", "/api/workshops/{ws}", null, null, STAFF),
            new Endpoint("POST", "/api/workshops/{ws}/participants", "application/json",
                    "{\"displayName\": \"X\"}", STAFF),
            new Endpoint("GET", "/api/workshops/{ws}/participants", null, null, STAFF),
            new Endpoint("GET", "/api/workshops/{ws}/participants/{pid}/judgements", null, null, STAFF_AND_EXPERTS),
            new Endpoint("PUT", "/api/workshops/{ws}/participants/{pid}/judgements/GOAL", "application/json",
                    "{\"matrix\": [[1, 2], [0.5, 1]]}", STAFF_AND_EXPERTS),
            new Endpoint("POST", "/api/workshops/{ws}/participants/{pid}/finish", null, null, STAFF_AND_EXPERTS),
            new Endpoint("POST", "/api/workshops/{ws}/reopen", "application/json", "{}", STAFF),
            new Endpoint("GET", "/api/workshops/{ws}/results", null, null, STAFF_AND_EXPERTS),
            new Endpoint("GET", "/api/workshops/{ws}/indicator-sources", null, null, STAFF),
            new Endpoint("PUT", "/api/workshops/{ws}/indicator-sources/IRR", "application/json",
                    "{\"source\": \"FINANCE\", \"version\": -1}", STAFF),
            new Endpoint("GET", "/api/workshops/{ws}/report", null, null, STAFF_AND_EXPERTS),
            new Endpoint("GET", "/api/workshops/{ws}/judgements", null, null, STAFF),
            new Endpoint("POST", "/api/workshops/{ws}/judgements", "application/json", "{}", STAFF),
            new Endpoint("POST", "/api/workshops/{ws}/judgements", "text/csv", "expert\n", STAFF),
            // saved scenarios (issue 15): anyone signed in keeps personal ones; a workshop's ({sc}, saved by the
            // admin in {ws}) are read by whoever sees the workshop and changed by facilitators and admins; an
            // account the workshop does not know gets 404, as for a scenario that does not exist
            new Endpoint("GET", "/api/scenarios", null, null, ALL),
            new Endpoint("POST", "/api/scenarios", "application/json", SCENARIO, ALL),
            new Endpoint("POST", "/api/scenarios", "application/json",
                    "{\"name\": \"Role matrix\", \"workshopId\": \"{ws}\", \"scenario\": {}}", STAFF,
                    EnumSet.of(Role.REGULATOR)),
            new Endpoint("GET", "/api/scenarios/{sc}", null, null, STAFF_AND_EXPERTS, EnumSet.of(Role.REGULATOR)),
            new Endpoint("GET", "/api/scenarios/compare?a={sc}&b={sc}", null, null, STAFF_AND_EXPERTS,
                    EnumSet.of(Role.REGULATOR)),
            // a stale version (-1): allowed roles get 409 and nothing changes, so every cell sees the same scenario
            new Endpoint("PUT", "/api/scenarios/{sc}", "application/json", "{\"version\": -1, \"name\": \"X\"}",
                    STAFF, EnumSet.of(Role.REGULATOR)),
            new Endpoint("DELETE", "/api/scenarios/{sc}?version=-1", null, null, STAFF, EnumSet.of(Role.REGULATOR)));

    /** Route class, roles allowed; null = anonymous allowed. */
    record RouteAccess(Class<?> view, Set<Role> allowed) {
    }

    static final List<RouteAccess> ROUTES = List.of(
            new RouteAccess(LoginView.class, null),
            new RouteAccess(InvitationView.class, null),
            new RouteAccess(InvitationResultsView.class, null),
            new RouteAccess(WorkshopsView.class, ALL),
            new RouteAccess(com.sesadvisor.workshop.answers.ui.AccountAnswersView.class, ALL),
            new RouteAccess(com.sesadvisor.workshop.facilitation.ui.ExpertLiveView.class, null),
            new RouteAccess(com.sesadvisor.workshop.facilitation.ui.AccountLiveView.class, ALL),
            new RouteAccess(RulesView.class, ALL),
            new RouteAccess(MyAccountView.class, ALL),
            new RouteAccess(WorkshopView.class, STAFF),
            new RouteAccess(WorkshopSetupView.class, STAFF),
            new RouteAccess(WorkshopResultsView.class, EnumSet.of(Role.FACILITATOR, Role.ADMIN, Role.EXPERT)),
            new RouteAccess(AnalysisView.class, EnumSet.of(Role.FACILITATOR, Role.ADMIN, Role.REGULATOR)),
            new RouteAccess(EligibilityView.class, REGULATORS),
            new RouteAccess(BatchView.class, REGULATORS),
            new RouteAccess(AuditView.class, REGULATORS),
            new RouteAccess(VerdictPrintView.class, REGULATORS),
            new RouteAccess(UsersView.class, ADMINS));

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private String workshop;
    private String participant;
    private String scenario;

    @BeforeAll
    void accounts() throws Exception {
        for (Role r : Role.values()) {
            accounts.createIfAbsent("matrix-" + r.name().toLowerCase(), r.name(), PASSWORD, Set.of(r));
        }
        // a workshop that shares its results, with matrix-expert as a participant
        workshop = field(send("POST", "/api/workshops", "{\"name\": \"Role matrix\", \"expertsSeeGroup\": true}"),
                "id");
        participant = field(send("POST", "/api/workshops/" + workshop + "/participants",
                "{\"displayName\": \"Matrix expert\", \"username\": \"matrix-expert\"}"), "id");
        scenario = field(send("POST", "/api/scenarios", "{\"name\": \"Shared in the matrix\", \"workshopId\": \""
                + workshop + "\", \"scenario\": {}}"), "id");
    }

    private String send(String method, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("matrix-admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(201);
        return r.body();
    }

    private static String field(String json, String name) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path(name).asText();
    }

    static Stream<Arguments> restCells() {
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint e : REST) {
            for (Role r : Role.values()) {
                cells.add(Arguments.of(e.method() + " " + e.path(), r, e));
            }
            cells.add(Arguments.of(e.method() + " " + e.path(), null, e));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("restCells")
    void rest_endpoint_cell(String name, Role role, Endpoint e) throws Exception {
        String path = e.path().replace("{ws}", workshop).replace("{pid}", participant).replace("{sc}", scenario);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(e.method(), e.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(e.body().replace("{ws}", workshop)));
        if (e.type() != null) {
            b.header("Content-Type", e.type());
        }
        if (role != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("matrix-" + role.name().toLowerCase() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        int status = http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        if (role == null) {
            assertThat(status).as(name + " anonymously").isEqualTo(401);
        } else if (e.hidden().contains(role)) {
            // 404 for a scenario it cannot see; saving into a workshop it cannot see: 400 naming workshopId ("no
            // such workshop"), the answer for a workshop that does not exist
            assertThat(status).as(name + " as " + role).isEqualTo(e.method().equals("POST") ? 400 : 404);
        } else if (e.allowed().contains(role)) {
            assertThat(status).as(name + " as " + role).isNotIn(401, 403, 404, 405).isLessThan(500);
        } else {
            assertThat(status).as(name + " as " + role).isEqualTo(403);
        }
    }

    static Stream<Arguments> routeCells() {
        List<Arguments> cells = new ArrayList<>();
        for (RouteAccess r : ROUTES) {
            String route = r.view().getAnnotation(Route.class).value();
            for (Role role : Role.values()) {
                cells.add(Arguments.of("/" + route, role, r));
            }
            cells.add(Arguments.of("/" + route, null, r));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "route {0} as {1}")
    @MethodSource("routeCells")
    void vaadin_route_cell(String route, Role role, RouteAccess r) {
        Principal principal = role == null ? null : () -> "matrix-" + role.name().toLowerCase();
        boolean access = new AccessAnnotationChecker().hasAccess(r.view(), principal,
                name -> role != null && role.name().equals(name));
        boolean expected = r.allowed() == null || (role != null && r.allowed().contains(role));
        assertThat(access).as(route + " as " + role).isEqualTo(expected);
    }
}
