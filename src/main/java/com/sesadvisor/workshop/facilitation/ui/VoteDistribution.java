package com.sesadvisor.workshop.facilitation.ui;

import com.sesadvisor.workshop.answers.ui.VoteWords;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.engine.ahp.PairVotes;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The room's votes on the pair once revealed: a bar per scale step (9 towards the left element .. 9 towards the
 * right one), then the group's geometric mean in words and its spread.
 */
class VoteDistribution extends Div {

    VoteDistribution(PairVotes votes, String left, String right, Locale locale) {
        setId("vote-distribution");
        addClassName("vote-distribution");
        Div bars = new Div();
        bars.addClassName("vote-bars");
        int[] counts = votes.distribution();
        int max = java.util.Arrays.stream(counts).max().orElse(1);
        for (int s = 0; s < counts.length; s++) {
            int intensity = s < SaatyScale.MAX ? SaatyScale.MAX - s : s - SaatyScale.MAX + 2;
            Div bar = new Div();
            bar.addClassName("vote-bar");
            bar.getStyle().set("height", (max == 0 ? 0 : 100.0 * counts[s] / max) + "%");
            Div column = new Div(bar, new Span(counts[s] == 0 ? "" : Integer.toString(counts[s])));
            column.addClassName("vote-column");
            column.setId("votes-at-" + s);
            column.getElement().setAttribute("title", Integer.toString(intensity));
            bars.add(column);
        }
        Div axis = new Div(new Span(left), new Span("="), new Span(right));
        axis.addClassName("vote-axis");
        Span mean = new Span(getTranslation("workshop.session.mean", VoteWords.ratio(votes.geometricMean(), locale),
                VoteWords.sentence(this, left, right, SaatyScale.nearest(votes.geometricMean()))));
        mean.setId("group-mean");
        mean.addClassName("group-mean");
        Span spread = new Span(getTranslation("workshop.session.spread", Formats.decimal(votes.spread(), 2, locale),
                votes.votes()));
        spread.setId("group-spread");
        spread.addClassName("muted");
        add(bars, axis, mean, spread);
    }
}
