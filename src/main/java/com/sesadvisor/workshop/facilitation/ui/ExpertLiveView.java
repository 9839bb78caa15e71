package com.sesadvisor.workshop.facilitation.ui;

import com.sesadvisor.workshop.answers.ui.VoteWords;
import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.workshop.answers.ui.VotePad;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.workshop.invitation.InvalidInvitationException;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.answers.JudgementMode;
import com.sesadvisor.workshop.answers.ui.CommentField;
import com.sesadvisor.workshop.answers.ui.InvitationView;
import com.sesadvisor.workshop.facilitation.ExpertSeat;
import com.sesadvisor.workshop.facilitation.FacilitatedSessionService;
import com.sesadvisor.workshop.facilitation.SessionBroadcaster;
import com.sesadvisor.workshop.facilitation.SessionPhase;
import com.sesadvisor.workshop.facilitation.SessionState;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * An expert's screen in a facilitated session, entered through their invitation link: it follows the facilitator
 * (Vaadin Push), shows the pair on the table, takes the vote in the expert's preferred mode and, once revealed,
 * shows the room's votes. A late joiner lands on the current pair. Laid out for a phone first. The same screen
 * serves an expert joining from their own account ({@link AccountLiveView}); the judgement mode is the one the
 * expert last chose anywhere, and a comment on the pair is stored with their judgement.
 */
@Route(WorkshopRoutes.INVITATION_LIVE)
@AnonymousAllowed
public class ExpertLiveView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Safety net beside push, e.g. when the facilitator's instance is another one: re-read every 10 s. */
    static final int POLL_MS = 10_000;

    private final FacilitatedSessionService sessions;
    private final SessionBroadcaster broadcaster;
    private final ExpertJudgementService experts;
    private ExpertCredential credential;
    private ExpertSeat seat;
    private String shownKey = "";
    private JudgementMode mode = JudgementMode.VERBAL;
    private Runnable unregister;
    private com.vaadin.flow.shared.Registration polling;
    /** What the redraws replace: everything above the comment field. */
    private final Div body = new Div();
    private final Span groupSoFar = new Span();
    private CommentField commentField;
    private int commentRound = -1;

    public ExpertLiveView(FacilitatedSessionService sessions, SessionBroadcaster broadcaster,
                          ExpertJudgementService experts) {
        this.sessions = sessions;
        this.broadcaster = broadcaster;
        this.experts = experts;
        setId("expert-live");
        addClassName("expert-live");
        groupSoFar.addClassName("muted");
    }

    public static RouteParameters parameters(String token) {
        return new RouteParameters("token", token);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        credential = credential(event);
        try {
            mode = experts.mode(credential).orElse(JudgementMode.VERBAL);
        } catch (RuntimeException e) {
            // an invalid link or a foreign participant: load() shows why
        }
        load(true);
    }

    /** The credential of this route: the link's token (an account's participant in {@link AccountLiveView}). */
    ExpertCredential credential(BeforeEnterEvent event) {
        return ExpertCredential.link(event.getRouteParameters().get("token").orElse(""));
    }

    ExpertCredential credential() {
        return credential;
    }

    /** Where "back" leads: the answers page of the same link or account. */
    RouterLink backLink() {
        return new RouterLink(getTranslation("workshop.session.backToLink"), InvitationView.class,
                new RouteParameters("token", ((ExpertCredential.Link) credential).token()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        if (seat != null) {
            unregister = broadcaster.register(seat.workshopId(), false, e -> ui.access(() -> load(false)));
        }
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(e -> load(false));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    /** Reads the seat again and redraws only if something the expert sees changed (the poll must not flicker). */
    private void load(boolean force) {
        try {
            seat = sessions.seat(credential);
        } catch (InvalidInvitationException | org.springframework.security.access.AccessDeniedException
                 | com.sesadvisor.workshop.WorkshopNotFoundException e) {
            removeAll();
            seat = null;
            add(new Paragraph(getTranslation("workshop.session.linkInvalid")));
            return;
        }
        String key = seat.session().map(s -> s.round() + "/" + s.phase() + "/" + s.anonymous() + "/"
                + s.facilitator()).orElse("none") + "/" + seat.myVote().orElse(null);
        if (force || !Objects.equals(key, shownKey)) {
            shownKey = key;
            render();
        }
    }

    /**
     * Redraws the screen. The comment field is kept while the pair stays on the table: a vote, a reveal, a push or
     * the poll redraw the rest, and must never wipe what the expert is typing (the text reaches the server only when
     * the field is left).
     */
    private void render() {
        body.removeAll();
        if (body.getParent().isEmpty()) {
            removeAll();
            add(body);
        }
        if (commentField != null) {
            commentField.setVisible(false);
        }
        groupSoFar.setVisible(false);
        H2 title = new H2(seat.workshopName());
        title.setId("live-workshop");
        Span who = new Span(getTranslation("workshop.session.youAre", seat.expertName()));
        who.setId("live-expert");
        who.addClassName("muted");
        body.add(title, who);
        if (seat.session().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("workshop.session.waiting"));
            none.setId("live-waiting");
            body.add(none, backLink());
            return;
        }
        SessionState s = seat.session().get();
        Span where = new Span(getTranslation("workshop.session.where", s.nodeName(), s.nodeIndex() + 1,
                s.nodeCount(), s.pairIndex() + 1, s.pairCount()));
        where.setId("live-where");
        where.addClassName("muted");
        Span leader = new Span(getTranslation("workshop.session.ledBy", s.facilitator()));
        leader.addClassName("muted");
        H3 pair = new H3(getTranslation("workshop.session.pair", s.left(), s.right()));
        pair.setId("live-pair");
        body.add(where, leader, pair);
        if (s.phase() == SessionPhase.FINISHED) {
            Paragraph ended = new Paragraph(getTranslation("workshop.session.ended"));
            ended.setId("live-ended");
            body.add(ended, backLink());
            return;
        }
        Span status = new Span(seat.myVote().map(v -> getTranslation(s.phase() == SessionPhase.VOTING
                ? "workshop.session.yourVote" : "workshop.session.yourVoteFinal",
                VoteWords.sentence(this, s.left(), s.right(), v))).orElse(getTranslation("workshop.session.pleaseVote")));
        status.setId("live-status");
        status.addClassName("live-status");
        body.add(status);
        if (s.phase() == SessionPhase.VOTING) {
            body.add(new VotePad(s.left(), s.right(), seat.myVote(), mode, m -> {
                mode = m;
                act(() -> experts.chooseMode(credential, m));
                render();
            }, v -> vote(s.round(), v)));
        } else {
            s.reveal().ifPresent(r -> body.add(new VoteDistribution(r, s.left(), s.right(), getLocale())));
            Paragraph wait = new Paragraph(getTranslation("workshop.session.revealed"));
            wait.setId("live-revealed");
            body.add(wait);
        }
        showComment(s);
        groupSoFar.setText(getTranslation("workshop.session.groupSoFar",
                s.groupCr().map(c -> Formats.decimal(c, 3, getLocale())).orElse("–"),
                s.sStar().map(x -> Formats.percent(x, 1, getLocale())).orElse("–")));
        groupSoFar.setVisible(true);
    }

    /** The pair's comment field below the body: the same one while the round lasts, a new one for the next pair. */
    private void showComment(SessionState s) {
        if (commentField == null || commentRound != s.round()) {
            if (commentField != null) {
                remove(commentField);
            }
            commentField = new CommentField(s.left(), s.right(), seat.myComment(), text -> comment(s.round(), text));
            commentRound = s.round();
        }
        if (commentField.getParent().isEmpty()) {
            add(commentField, groupSoFar);
        }
        commentField.setVisible(true);
    }

    private void vote(int round, double value) {
        act(() -> sessions.vote(credential, round, value));
        load(true);
    }

    /** Stores the comment on the pair on the table; the refusal to show, if any. */
    private Optional<String> comment(int round, String text) {
        return CommentField.attempt(() -> seat = sessions.comment(credential, round, text), () -> load(true));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (WorkshopInputException e) {
            Notifications.error(getTranslation("workshop.expert.refused", Texts.render(e.text())));
        } catch (InvalidInvitationException e) {
            // shown by load
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("workshop.expert.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return (seat == null ? getTranslation("workshop.invitation.pageTitle") : seat.workshopName()) + " · "
                + getTranslation("app.name");
    }
}
