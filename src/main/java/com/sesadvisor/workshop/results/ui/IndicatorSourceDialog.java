package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.AlternativesLevel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.workshop.ConcurrentEditException;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.results.WorkshopResults;
import com.sesadvisor.workshop.setup.IndicatorSourceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The facilitator chooses where one indicator's values come from: the committee's pairwise comparison of the
 * models, a rating 1-9 per model with a reason, the scenario, the finance model, or leaving it out with a reason.
 * Every invalid field is marked at once; a stale choice is refused (someone else decided meanwhile).
 */
class IndicatorSourceDialog extends Dialog {

    IndicatorSourceDialog(long workshopId, WorkshopResults.IndicatorRow row, IndicatorSourceService service,
                          Runnable saved) {
        setHeaderTitle(getTranslation("workshop.sources.dialog.title", row.name()));
        setId("indicator-source-dialog");
        setWidth("36em");
        RadioButtonGroup<IndicatorSource> source = new RadioButtonGroup<>(getTranslation("workshop.sources.col.source"));
        source.setId("source-choice");
        source.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        source.setItems(IndicatorSources.allowed(row.id()));
        source.setItemLabelGenerator(s -> getTranslation(WorkshopText.sourceOption(s).key()));
        source.setValue(row.source());
        Map<InvestmentModel, IntegerField> ratings = new LinkedHashMap<>();
        HorizontalLayout ratingRow = new HorizontalLayout();
        for (InvestmentModel m : AlternativesLevel.MODELS) {
            IntegerField f = new IntegerField(m.name());
            f.setId("rating-" + m.name());
            f.setMin((int) AlternativesLevel.RATING_MIN);
            f.setMax((int) AlternativesLevel.RATING_MAX);
            f.setStepButtonsVisible(true);
            f.setWidth("8em");
            Double v = row.source() == IndicatorSource.COMMITTEE_RATING ? row.values().get(m) : null;
            if (v != null) {
                f.setValue((int) Math.round(v));
            }
            ratings.put(m, f);
            ratingRow.add(f);
        }
        Paragraph scale = new Paragraph(getTranslation("workshop.sources.ratingScale"));
        scale.addClassName("muted");
        TextArea reason = new TextArea(getTranslation("workshop.sources.reason"));
        reason.setId("source-reason");
        reason.setWidthFull();
        reason.setMaxLength(IndicatorSourceService.MAX_REASON);
        reason.setValue(row.reason());
        Runnable toggle = () -> {
            boolean rating = source.getValue() == IndicatorSource.COMMITTEE_RATING;
            ratingRow.setVisible(rating);
            scale.setVisible(rating);
            reason.setRequiredIndicatorVisible(rating || source.getValue() == IndicatorSource.EXCLUDED);
        };
        source.addValueChangeListener(e -> toggle.run());
        toggle.run();
        VerticalLayout body = new VerticalLayout(source, scale, ratingRow, reason);
        body.setPadding(false);
        add(body);

        Button save = new Button(getTranslation("workshop.sources.save"), e -> {
            ratings.values().forEach(f -> f.setInvalid(false));
            reason.setInvalid(false);
            Map<InvestmentModel, Double> given = new EnumMap<>(InvestmentModel.class);
            ratings.forEach((m, f) -> {
                if (f.getValue() != null) {
                    given.put(m, f.getValue().doubleValue());
                }
            });
            boolean bad = false;
            if (source.getValue() == IndicatorSource.COMMITTEE_RATING) {
                for (Map.Entry<InvestmentModel, IntegerField> f : ratings.entrySet()) {
                    Integer v = f.getValue().getValue();
                    if (v == null || v < AlternativesLevel.RATING_MIN || v > AlternativesLevel.RATING_MAX) {
                        f.getValue().setErrorMessage(getTranslation("workshop.sources.error.rating", f.getKey().name(),
                                (int) AlternativesLevel.RATING_MIN, (int) AlternativesLevel.RATING_MAX));
                        f.getValue().setInvalid(true);
                        bad = true;
                    }
                }
            }
            boolean needsReason = source.getValue() == IndicatorSource.COMMITTEE_RATING
                    || source.getValue() == IndicatorSource.EXCLUDED;
            if (needsReason && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("workshop.sources.error.reason", row.name()));
                reason.setInvalid(true);
                bad = true;
            }
            if (bad) {
                return;
            }
            try {
                service.choose(workshopId, row.id(), source.getValue(), given, reason.getValue(), row.version());
                close();
                Notifications.success(getTranslation("workshop.sources.saved", row.name()));
                saved.run();
            } catch (WorkshopInputException ex) {
                String message = Texts.render(ex.text());
                if (ex.field().startsWith("ratings.")) {
                    IntegerField f = ratings.get(InvestmentModel.valueOf(ex.field().substring(8)));
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                } else if ("reason".equals(ex.field())) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                } else {
                    Notifications.error(message);
                }
            } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException ex) {
                Notifications.error(getTranslation("workshop.sources.stale"));
            }
        });
        save.setId("source-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("workshop.sources.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
