package com.sesadvisor.workshop.facilitation.ui;

import com.sesadvisor.workshop.answers.ui.VoteWords;
import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.facilitation.FacilitatedSessionService;
import com.sesadvisor.workshop.facilitation.SessionBroadcaster;
import com.sesadvisor.workshop.facilitation.SessionPhase;
import com.sesadvisor.workshop.facilitation.SessionState;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The facilitator's screen of a live session: the pair on every expert's screen, who has voted (updated by push
 * as votes arrive), reveal, re-vote, back, next/skip, the votes' distribution with the group's geometric mean
 * and spread, the group's CR and S* at the node so far, anonymous voting, hand-over and end.
 */
@Route(value = WorkshopRoutes.LIVE, layout = MainLayout.class)
@RolesAllowed({"FACILITATOR", "ADMIN"})
public class FacilitatorSessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FacilitatedSessionService sessions;
    private final SessionBroadcaster broadcaster;
    private final Div body = new Div();
    private long workshopId;
    private String title = "";
    private Optional<SessionState> state = Optional.empty();
    private Runnable unregister;
    private com.vaadin.flow.shared.Registration polling;
    /** Kept across redraws: a vote arriving must not wipe what the facilitator is typing. */
    private final TextField handOverTo = new TextField();

    public FacilitatorSessionView(FacilitatedSessionService sessions, SessionBroadcaster broadcaster) {
        this.sessions = sessions;
        this.broadcaster = broadcaster;
        addClassName("facilitator-live");
        body.setWidthFull();
        body.setId("session-body");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            workshopId = event.getRouteParameters().getLong("id").orElseThrow(() -> new WorkshopNotFoundException(-1));
            state = sessions.current(workshopId);
        } catch (WorkshopNotFoundException e) {
            Notifications.error(getTranslation("workshop.notFound"));
            event.forwardTo(WorkshopRoutes.WORKSHOPS);
            return;
        }
        removeAll();
        H2 heading = new H2(getTranslation("workshop.session.title"));
        heading.setId("session-title");
        Button back = new Button(getTranslation("workshop.session.toLive"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(WorkshopRoutes.workshop(workshopId))));
        back.setId("to-live");
        HorizontalLayout bar = new HorizontalLayout(heading, back);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, body);
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // the broadcast arrives on a thread of its own: it carries the facilitator's sign-in along
        SecurityContext context = SecurityContextHolder.getContext();
        unregister = broadcaster.register(workshopId, true, e -> ui.access(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                reload();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }));
        ui.setPollInterval(ExpertLiveView.POLL_MS);
        polling = ui.addPollListener(e -> reload());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void reload() {
        Optional<SessionState> before = state;
        state = sessions.current(workshopId);
        if (before.isPresent() && state.isPresent() && key(before.get()).equals(key(state.get()))
                && voteArea != null) {
            // only votes arrived: update them in place, so a button the facilitator is clicking is never replaced
            fillVotes(state.get());
            return;
        }
        render();
    }

    private static String key(SessionState s) {
        return s.round() + "/" + s.phase() + "/" + s.anonymous() + "/" + s.facilitator();
    }

    private Div voteArea;
    private Button revealButton;
    private Span groupLine;

    /** The experts' comments on the pair on the table (why), without names in an anonymous session. */
    private Div comments(SessionState s) {
        Div box = new Div();
        box.setId("session-comments");
        box.addClassName("session-comments");
        Span title = new Span(getTranslation("workshop.session.comments"));
        title.addClassName("muted");
        box.add(title);
        if (s.comments().isEmpty()) {
            Span none = new Span(getTranslation("workshop.session.noComments"));
            none.addClassName("muted");
            box.add(none);
        }
        for (SessionState.Remark r : s.comments()) {
            Span line = new Span(r.expert().orElse(getTranslation("workshop.session.anonymousExpert")) + ": "
                    + r.text());
            line.addClassName("session-comment");
            box.add(line);
        }
        return box;
    }

    private void fillVotes(SessionState s) {
        voteArea.removeAll();
        Span count = new Span(getTranslation("workshop.session.votedCount", s.votedCount(), s.voters().size()));
        count.setId("voted-count");
        count.addClassName("voted-count");
        count.getElement().setAttribute("data-voted", Long.toString(s.votedCount()));
        Div voters = new Div();
        voters.setId("voters");
        voters.addClassName("voters");
        for (SessionState.Voter v : s.voters()) {
            String text = v.name() + v.value().map(x -> " · " + VoteWords.ratio(x, getLocale())).orElse("");
            Span chip = new Span((v.voted() ? "✓ " : "… ") + text);
            chip.addClassNames("voter", v.voted() ? "voted" : "waiting");
            voters.add(chip);
        }
        voteArea.add(count, voters, comments(s));
        if (revealButton != null) {
            revealButton.setEnabled(s.phase() == SessionPhase.VOTING && s.votedCount() > 0);
        }
        if (groupLine != null) {
            groupLine.setText(getTranslation("workshop.session.groupSoFar",
                    s.groupCr().map(c -> Formats.decimal(c, 3, getLocale())).orElse("–"),
                    s.sStar().map(x -> Formats.percent(x, 1, getLocale())).orElse("–")));
        }
    }

    /** Every command: the service checks the leader and the round; a refusal is shown and the screen reloaded. */
    private void run(Supplier<SessionState> command) {
        try {
            SessionState s = command.get();
            state = s.phase() == SessionPhase.FINISHED ? Optional.empty() : Optional.of(s);
            if (s.phase() == SessionPhase.FINISHED) {
                Notifications.success(getTranslation("workshop.session.endedFacilitator"));
            }
            render();
        } catch (WorkshopInputException e) {
            Notifications.error(getTranslation("workshop.session.refused", Texts.render(e.text())));
            reload();
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("workshop.session.conflict"));
            reload();
        }
    }

    private void render() {
        body.removeAll();
        voteArea = null;
        revealButton = null;
        groupLine = null;
        if (state.isEmpty()) {
            Paragraph intro = new Paragraph(getTranslation("workshop.session.intro"));
            Checkbox anonymous = new Checkbox(getTranslation("workshop.session.anonymous"));
            anonymous.setId("session-anonymous");
            Button start = new Button(getTranslation("workshop.session.start"), VaadinIcon.PLAY.create(),
                    e -> run(() -> sessions.open(workshopId, anonymous.getValue())));
            start.setId("session-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(intro, anonymous, start);
            return;
        }
        SessionState s = state.get();
        title = s.workshopName();
        Span where = new Span(getTranslation("workshop.session.where", s.nodeName(), s.nodeIndex() + 1,
                s.nodeCount(), s.pairIndex() + 1, s.pairCount()));
        where.setId("session-where");
        H3 pair = new H3(getTranslation("workshop.session.pair", s.left(), s.right()));
        pair.setId("session-pair");
        Span leader = new Span(getTranslation("workshop.session.ledBy", s.facilitator()));
        leader.setId("session-leader");
        leader.addClassName("muted");
        Span connected = new Span(getTranslation("workshop.session.connected",
                broadcaster.connected(workshopId, false)));
        connected.setId("session-connected");
        connected.addClassName("muted");
        body.add(where, pair, leader, connected);

        voteArea = new Div();
        voteArea.addClassName("vote-area");
        body.add(voteArea);

        boolean voting = s.phase() == SessionPhase.VOTING;
        Button reveal = button("session-reveal", "workshop.session.reveal", VaadinIcon.EYE,
                () -> sessions.reveal(workshopId, s.round()));
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revealButton = reveal;
        Button revote = button("session-revote", "workshop.session.revote", VaadinIcon.REFRESH,
                () -> sessions.revote(workshopId, s.round()));
        Button previous = button("session-previous", "workshop.session.previous", VaadinIcon.ARROW_LEFT,
                () -> sessions.previous(workshopId, s.round()));
        previous.setEnabled(!s.firstPair());
        Button next = button("session-next", voting ? "workshop.session.skip" : "workshop.session.next",
                VaadinIcon.ARROW_RIGHT, () -> sessions.next(workshopId, s.round()));
        if (!voting) {
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        HorizontalLayout actions = new HorizontalLayout(previous, reveal, revote, next);
        actions.setWrap(true);
        actions.setId("session-actions");
        body.add(actions);

        s.reveal().ifPresent(r -> body.add(new VoteDistribution(r, s.left(), s.right(), getLocale())));
        Span group = new Span(getTranslation("workshop.session.groupSoFar",
                s.groupCr().map(c -> Formats.decimal(c, 3, getLocale())).orElse("–"),
                s.sStar().map(x -> Formats.percent(x, 1, getLocale())).orElse("–")));
        group.setId("session-group");
        group.addClassName("session-group");
        body.add(group);
        groupLine = group;
        fillVotes(s);

        Checkbox anonymous = new Checkbox(getTranslation("workshop.session.anonymous"), s.anonymous());
        anonymous.setId("session-anonymous");
        anonymous.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> sessions.anonymous(workshopId, s.round(), e.getValue()));
            }
        });
        TextField to = handOverTo;
        to.setLabel(getTranslation("workshop.session.handOverTo"));
        to.setId("session-handover-to");
        Button handOver = new Button(getTranslation("workshop.session.handOver"),
                e -> run(() -> sessions.handOver(workshopId, s.round(), to.getValue())));
        handOver.setId("session-handover");
        Button end = button("session-end", "workshop.session.end", VaadinIcon.STOP,
                () -> sessions.end(workshopId, s.round()));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout more = new HorizontalLayout(anonymous, to, handOver, end);
        more.setAlignItems(Alignment.BASELINE);
        more.setWrap(true);
        body.add(more);
    }

    private Button button(String id, String key, VaadinIcon icon, Supplier<SessionState> command) {
        Button b = new Button(getTranslation(key), icon.create(), e -> run(command));
        b.setId(id);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.session.title") + (title.isEmpty() ? "" : " · " + title) + " · "
                + getTranslation("app.name");
    }
}
