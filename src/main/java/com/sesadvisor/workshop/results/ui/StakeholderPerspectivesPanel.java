package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.engine.recommend.RankedAlternative;
import com.sesadvisor.engine.recommend.conflict.Swap;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.results.StakeholderPerspectives;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The facilitator's view of the stakeholder groups: each group's experts, consensus, ranking and status, the
 * criteria weights side by side with their spread, and where the groups' rankings disagree with the criteria that
 * drive each swap (what to discuss). Fed by {@code StakeholderPerspectivesService}.
 */
class StakeholderPerspectivesPanel extends Div {

    /** How many drivers each swap lists. */
    static final int DRIVERS = 3;

    StakeholderPerspectivesPanel(StakeholderPerspectives p) {
        setId("perspectives");
        addClassName("perspectives");
        add(new H3(getTranslation("parties.perspectives.title")));
        add(new Paragraph(getTranslation("parties.perspectives.intro",
                getTranslation(WorkshopText.aggregationShort(p.aggregation()).key()),
                getTranslation(AnalysisText.mechanism(p.mechanism()).key()),
                getTranslation(AnalysisText.view(p.view()).key()))));
        add(groups(p));
        if (!p.ranked().isEmpty()) {
            add(weights(p));
        }
        add(conflicts(p));
    }

    private String group(String typeName) {
        return getTranslation(WorkshopText.organisation(OrganisationType.valueOf(typeName)).key());
    }

    private String num(double v, int digits) {
        return String.format(getLocale(), "%." + digits + "f", v);
    }

    private NativeTable groups(StakeholderPerspectives p) {
        NativeTable t = table("perspectives-groups", "parties.perspectives.col.group",
                "parties.perspectives.col.experts", "parties.perspectives.col.consensus",
                "parties.perspectives.col.ranking", "parties.perspectives.col.status");
        for (StakeholderPerspectives.Group g : p.groups()) {
            NativeTableRow r = t.getBody().addRow();
            r.setId("perspective-" + g.type().name());
            r.addHeaderCell().setText(getTranslation(WorkshopText.organisation(g.type()).key()));
            r.addDataCell().setText(String.valueOf(g.experts()));
            r.addDataCell().setText(g.status() == StakeholderPerspectives.Status.HIDDEN ? "–"
                    : g.consensus().map(s -> num(s, 3))
                    .orElse(getTranslation("parties.perspectives.consensus.none")));
            r.addDataCell().setText(g.ranking().stream().sorted(Comparator.comparingInt(RankedAlternative::rank))
                    .map(a -> a.rank() + ". " + a.model() + " (" + num(a.closeness(), 3) + ")")
                    .collect(Collectors.joining("  ")));
            r.addDataCell().setText(status(g));
        }
        return t;
    }

    private String status(StakeholderPerspectives.Group g) {
        String reason = g.reason() == null ? "" : Texts.render(g.reason());
        return switch (g.status()) {
            case COMPLETE -> getTranslation("parties.perspectives.status.ok");
            case PROVISIONAL -> getTranslation("parties.perspectives.status.provisional", reason);
            case SINGLE -> getTranslation("parties.perspectives.status.single");
            case HIDDEN -> getTranslation("parties.perspectives.status.hidden");
            case NO_RANKING -> getTranslation("parties.perspectives.status.noRanking", reason);
        };
    }

    private Div weights(StakeholderPerspectives p) {
        List<StakeholderPerspectives.Group> ranked = p.ranked();
        List<String> head = new ArrayList<>(List.of("parties.perspectives.col.group"));
        NativeTable t = table("perspectives-weights", head.toArray(String[]::new));
        NativeTableRow h = t.getHead().getRows().get(0);
        ranked.forEach(g -> h.addHeaderCell().setText(getTranslation(WorkshopText.organisation(g.type()).key())));
        h.addHeaderCell().setText(getTranslation("parties.perspectives.weights.spread"));
        for (Map.Entry<String, String> indicator : p.names().entrySet()) {
            List<Double> w = ranked.stream().map(g -> g.weights().get(indicator.getKey())).toList();
            if (w.stream().allMatch(x -> x == null)) {
                continue;
            }
            NativeTableRow r = t.getBody().addRow();
            r.addHeaderCell().setText(indicator.getValue());
            w.forEach(x -> r.addDataCell().setText(x == null ? "–" : num(100 * x, 1) + " %"));
            double max = w.stream().mapToDouble(x -> x == null ? 0 : x).max().orElse(0);
            double min = w.stream().mapToDouble(x -> x == null ? 0 : x).min().orElse(0);
            r.addDataCell().setText(num(100 * (max - min), 1) + " %");
        }
        Div d = new Div(new H4(getTranslation("parties.perspectives.weights.title")), t);
        d.setId("perspectives-weights-box");
        return d;
    }

    private Div conflicts(StakeholderPerspectives p) {
        Div d = new Div(new H4(getTranslation("parties.perspectives.conflict.title")));
        d.setId("perspectives-conflicts");
        if (p.ranked().size() < 2) {
            d.add(new Paragraph(getTranslation("parties.perspectives.conflict.fewGroups")));
            return d;
        }
        if (p.conflicts().isEmpty()) {
            d.add(new Paragraph(getTranslation("parties.perspectives.conflict.none")));
            return d;
        }
        UnorderedList swaps = new UnorderedList();
        for (Swap s : p.conflicts()) {
            ListItem li = new ListItem();
            li.addClassName("perspective-swap");
            li.add(new Paragraph(getTranslation("parties.perspectives.conflict.swap", group(s.first()),
                    group(s.second()), s.above(), s.below(), num(s.firstAbove(), 3), num(s.firstBelow(), 3),
                    num(s.secondAbove(), 3), num(s.secondBelow(), 3))));
            li.add(new Paragraph(getTranslation("parties.perspectives.conflict.drivers", s.above(), s.below(),
                    group(s.first()), group(s.second()))));
            UnorderedList drivers = new UnorderedList();
            s.drivers().stream().limit(DRIVERS).forEach(x -> drivers.add(new ListItem(getTranslation(
                    "parties.perspectives.conflict.driver", p.names().getOrDefault(x.criterion(), x.criterion()),
                    num(x.firstGap(), 4), num(x.secondGap(), 4), num(x.difference(), 4)))));
            li.add(drivers);
            swaps.add(li);
        }
        d.add(swaps, new Paragraph(getTranslation("parties.perspectives.conflict.method")));
        return d;
    }

    private NativeTable table(String id, String... headKeys) {
        NativeTable t = new NativeTable();
        t.setId(id);
        t.addClassName("perspectives-table");
        NativeTableRow h = t.getHead().addRow();
        for (String k : headKeys) {
            h.addHeaderCell().setText(getTranslation(k));
        }
        return t;
    }
}
