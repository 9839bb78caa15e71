package com.sesadvisor.workshop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every screen of the workshop wing by its route, in one place. The views declare their {@code @Route} with these
 * templates, and a view of one part reaches a view of another part by the URL these builders give
 * ({@code UI.navigate(String)}, {@code BeforeEvent.forwardTo(String)}, an {@code Anchor} with {@code router-link}),
 * not by the other view's class: so the parts (setup, answers, group, results, transfer, facilitation, overview) do
 * not depend on each other in circles just because their screens link to each other. Plain strings: no Vaadin here.
 */
public final class WorkshopRoutes {

    /** The workshops list (also the application's start page, {@code ""}). */
    public static final String WORKSHOPS = "workshops";
    public static final String WORKSHOP = "workshops/:id";
    public static final String SETUP = "workshops/:id/setup";
    public static final String RESULTS = "workshops/:id/results";
    public static final String LIVE = "workshops/:id/live";
    /** An expert's answering page by their personal link. */
    public static final String INVITATION = "invite/:token";
    public static final String INVITATION_LIVE = "invite/:token/live";
    public static final String INVITATION_RESULTS = "invite/:token/results";
    /** An expert's answering page through their own account. */
    public static final String ACCOUNT_ANSWERS = "my-answers/:participant";
    public static final String ACCOUNT_LIVE = "my-answers/:participant/live";

    private WorkshopRoutes() {
    }

    public static String workshop(long id) {
        return WORKSHOP.replace(":id", Long.toString(id));
    }

    public static String setup(long id) {
        return SETUP.replace(":id", Long.toString(id));
    }

    public static String results(long id) {
        return RESULTS.replace(":id", Long.toString(id));
    }

    public static String live(long id) {
        return LIVE.replace(":id", Long.toString(id));
    }

    public static String invitation(String token) {
        return INVITATION.replace(":token", encode(token));
    }

    public static String invitationLive(String token) {
        return INVITATION_LIVE.replace(":token", encode(token));
    }

    public static String invitationResults(String token) {
        return INVITATION_RESULTS.replace(":token", encode(token));
    }

    public static String accountAnswers(long participantId) {
        return ACCOUNT_ANSWERS.replace(":participant", Long.toString(participantId));
    }

    public static String accountLive(long participantId) {
        return ACCOUNT_LIVE.replace(":participant", Long.toString(participantId));
    }

    private static String encode(String token) {
        return URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
