package com.sesadvisor.workshop.answers.ui;

import com.vaadin.flow.component.html.Anchor;
import com.sesadvisor.base.ui.RouteLinks;
import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.workshop.invitation.InvalidInvitationException;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.answers.ExpertWorkspace;
import com.sesadvisor.workshop.answers.JudgementMode;
import com.sesadvisor.workshop.answers.NodeTask;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * An expert's answering page, the same whether reached by the personal link ({@link InvitationView}) or from the
 * expert's own account ({@link AccountAnswersView}): every action sends the {@link ExpertCredential} to the service,
 * which checks it again, so an expired or revoked participation stops working at the next click.
 */
abstract class ExpertAnswersPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExpertJudgementService experts;
    private ExpertCredential token;
    private String linkToken;
    private ExpertWorkspace workspace;
    private int node;
    private int pair;
    private JudgementMode mode = JudgementMode.GRAPHICAL;

    ExpertAnswersPage(ExpertJudgementService experts) {
        this.experts = experts;
        addClassName("invitation-view");
        setMaxWidth("72rem");
        getStyle().set("margin", "0 auto");
    }

    /** The credential of this route's parameters. */
    abstract ExpertCredential credential(BeforeEnterEvent event);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = credential(event);
        linkToken = token instanceof ExpertCredential.Link l ? l.token() : null;
        try {
            run(() -> experts.open(token), true);
            if (workspace != null) {
                // the expert's last choice, whether made here, on another device or in the live session
                mode = experts.mode(token).orElse(JudgementMode.GRAPHICAL);
            }
        } catch (org.springframework.security.access.AccessDeniedException
                 | com.sesadvisor.workshop.WorkshopNotFoundException e) {
            invalid(new InvalidInvitationException(com.sesadvisor.workshop.InvitationProblem.UNKNOWN));
            return;
        }
        resume();
    }

    /** Coming back (a new tab, a reload): continue at the first open node and its first unanswered pair. */
    private void resume() {
        if (workspace != null) {
            nextOpenNode();
        }
    }

    /** Every action goes through here: the service re-checks the token and the page shows the stored state. */
    private void run(Supplier<?> action, boolean reload) {
        try {
            Object result = action.get();
            workspace = result instanceof ExpertWorkspace w ? w : experts.open(token);
            render();
        } catch (InvalidInvitationException e) {
            invalid(e);
        } catch (WorkshopInputException e) {
            Notifications.error(getTranslation("workshop.expert.refused", Texts.render(e.text())));
            if (reload) {
                workspace = experts.open(token);
                render();
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            // the same link open in two tabs: show what is stored, nothing else is lost
            Notifications.error(getTranslation("workshop.expert.conflict"));
            workspace = experts.open(token);
            render();
        }
    }

    private void invalid(InvalidInvitationException e) {
        removeAll();
        workspace = null;
        add(new InvitationRefusal(e.problem()));
    }

    private void render() {
        removeAll();
        node = Math.min(node, Math.max(0, workspace.nodes().size() - 1));
        add(new ExpertHeader(workspace, linkToken == null, () -> run(() -> experts.finish(token), true)));
        liveLink().ifPresent(this::add);
        if (workspace.groupVisible() && linkToken != null) {
            // the service checks the link and the workshop's setting again when the results page opens
            Anchor results = RouteLinks.to(WorkshopRoutes.invitationResults(linkToken),
                    getTranslation("workshop.invitation.toResults"));
            results.setId("invite-to-results");
            add(results);
        }
        if (workspace.nodes().isEmpty()) {
            return;
        }
        Div layout = new Div();
        layout.addClassName("expert-layout");
        layout.add(new NodeList(workspace, node, i -> {
            node = i;
            pair = firstOpenPair(workspace.nodes().get(i));
            render();
        }));
        NodeTask task = workspace.nodes().get(node);
        pair = Math.min(pair, task.pairCount() - 1);
        layout.add(new NodeWorkArea(task, pair, mode, new NodeWorkArea.Actions() {
            @Override
            public void answer(int row, int col, double value, boolean advance) {
                run(() -> experts.answer(token, task.nodeId(), row, col, value), true);
                if (advance && workspace != null && pair < task.pairCount() - 1) {
                    pair++;
                    render();
                }
            }

            @Override
            public void goToPair(int k) {
                pair = k;
                render();
            }

            @Override
            public void mode(JudgementMode chosen) {
                mode = chosen;
                run(() -> {
                    experts.chooseMode(token, chosen);
                    return null;
                }, true);
            }

            @Override
            public Optional<String> comment(int row, int col, String text) {
                return CommentField.attempt(() -> experts.comment(token, task.nodeId(), row, col, text),
                        () -> run(() -> experts.open(token), false));
            }

            @Override
            public void complete() {
                run(() -> experts.completeNode(token, task.nodeId()), true);
                nextOpenNode();
            }

            @Override
            public void skip() {
                run(() -> experts.skipNode(token, task.nodeId()), true);
                nextOpenNode();
            }
        }));
        add(layout);
    }

    /**
     * "Join the live session": by link, the link's live page; from an account, the account's live page, offered
     * only while a facilitated session is open for the workshop.
     */
    abstract Optional<Anchor> liveLink();

    /** After a node is closed, go on to the next one still open, so the expert is led through. */
    private void nextOpenNode() {
        if (workspace == null) {
            return;
        }
        for (int i = 0; i < workspace.nodes().size(); i++) {
            if (!workspace.nodes().get(i).closed()) {
                node = i;
                pair = firstOpenPair(workspace.nodes().get(i));
                render();
                return;
            }
        }
    }

    private static int firstOpenPair(NodeTask task) {
        double[] upper = task.upper();
        for (int k = 0; k < upper.length; k++) {
            if (Double.isNaN(upper[k])) {
                return k;
            }
        }
        return 0;
    }

    @Override
    public String getPageTitle() {
        return (workspace == null ? getTranslation("workshop.invitation.pageTitle") : workspace.workshopName())
                + " · " + getTranslation("app.name");
    }
}
