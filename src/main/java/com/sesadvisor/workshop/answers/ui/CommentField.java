package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * Why the expert judged one pair as they did, saved when the field is left (answers page by link or account, and
 * the live session). A comment longer than {@link ExpertJudgementService#COMMENT_MAX} characters is not sent: the
 * field says how long it is and which pair it belongs to; the service checks the limit again.
 */
public class CommentField extends TextArea {

    /**
     * @param save stores the text; returns the refusal to show, empty when stored
     */
    public CommentField(String left, String right, String current, Function<String, Optional<String>> save) {
        super(""); // the label is set below, in the screen's language
        setId("judgement-comment");
        addClassName("judgement-comment");
        setLabel(getTranslation("workshop.expert.comment.label", left, right));
        setWidthFull();
        setValue(current == null ? "" : current);
        setHelperText(helper(getValue()));
        setValueChangeMode(ValueChangeMode.ON_CHANGE);
        addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            String text = e.getValue();
            int length = text.strip().length();
            if (length > ExpertJudgementService.COMMENT_MAX) {
                setInvalid(true);
                setErrorMessage(getTranslation("workshop.expert.comment.tooLong", length,
                        ExpertJudgementService.COMMENT_MAX, left, right));
                return;
            }
            Optional<String> refused = save.apply(text);
            setInvalid(refused.isPresent());
            refused.ifPresent(this::setErrorMessage);
            setHelperText(refused.isPresent() ? helper(text) : getTranslation("workshop.expert.comment.saved")
                    + " · " + helper(text));
        });
    }

    /**
     * Runs a save and turns a refusal into the message to show: the service's reason, or "changed by someone else"
     * for a stale judgement; an invalid link runs {@code onInvalidLink} (the page shows why) and shows nothing here.
     */
    public static Optional<String> attempt(Runnable save, Runnable onInvalidLink) {
        try {
            save.run();
            return Optional.empty();
        } catch (com.sesadvisor.workshop.WorkshopInputException e) {
            return Optional.of(com.sesadvisor.base.i18n.Texts.render(e.text()));
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            return Optional.of(com.vaadin.flow.component.UI.getCurrent().getTranslation("workshop.expert.conflict"));
        } catch (com.sesadvisor.workshop.invitation.InvalidInvitationException e) {
            onInvalidLink.run();
            return Optional.empty();
        }
    }

    private String helper(String text) {
        return getTranslation("workshop.expert.comment.helper", text.strip().length(),
                ExpertJudgementService.COMMENT_MAX);
    }
}
