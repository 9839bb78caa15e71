package com.sesadvisor.workshop.group.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.engine.ahp.group.Consensus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/** Small pieces the live and expert views share: weight bars and consensus wording. */
public final class LiveFormats {

    private LiveFormats() {
    }

    /** "S* = 82.1 % (high)", with the word translated. */
    public static String consensus(Component c, Consensus consensus, Locale locale) {
        return c.getTranslation(WorkshopText.CONSENSUS_VALUE.key(), Formats.percent(consensus.sStar(), 1, locale),
                c.getTranslation(WorkshopText.consensus(consensus.label()).key()));
    }

    public static Div weightBars(String id, List<String> names, double[] weights, Locale locale) {
        Div table = new Div();
        table.setId(id);
        table.addClassName("weights-table");
        double max = java.util.Arrays.stream(weights).max().orElse(1.0);
        for (int i = 0; i < weights.length; i++) {
            Span name = new Span(names.get(i));
            Div bar = new Div();
            bar.addClassName("weight-bar");
            bar.getStyle().set("width", (100.0 * weights[i] / max) + "%");
            Div track = new Div(bar);
            track.addClassName("weight-track");
            Span value = new Span(Formats.percent(weights[i], 1, locale));
            value.addClassName("weight-value");
            value.setId(id + "-" + i);
            table.add(name, track, value);
        }
        return table;
    }
}
