package com.sesadvisor.workshop;

import com.sesadvisor.engine.ahp.hierarchy.DefaultHierarchies;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.ahp.hierarchy.InvalidHierarchyException;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Conversions between the stored rows, the editable {@link CriteriaNode} list and the engine's {@link Hierarchy}. */
public final class WorkshopHierarchy {

    /** Ids are stored and used in URLs and maps: letters, digits, '-', '_' only. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * The paper's indicators that are also TOPSIS criteria (engine.recommend.CriteriaCatalogue); everything else keeps
     * an upper-case form of its engine id.
     */
    private static final Map<String, String> CATALOGUE_IDS = Map.of(
            "total-cost", CriteriaCatalogue.TOTAL_COST.id(),
            "operating-profit", CriteriaCatalogue.OPERATING_PROFIT.id(),
            "irr", CriteriaCatalogue.IRR.id(),
            "npv", CriteriaCatalogue.NPV.id(),
            "price-to-book", CriteriaCatalogue.PRICE_TO_BOOK.id(),
            "static-payback", CriteriaCatalogue.STATIC_PAYBACK.id(),
            "dynamic-payback", CriteriaCatalogue.DYNAMIC_PAYBACK.id(),
            "carbon-trading-revenue", CriteriaCatalogue.CARBON_REVENUE.id(),
            "green-certificate-revenue", CriteriaCatalogue.GREEN_CERTIFICATE_REVENUE.id());

    private WorkshopHierarchy() {
    }

    /** Chi et al. (2025): goal, four criteria (ECONOMIC ...), their indicators, ids aligned with the catalogue. */
    public static List<CriteriaNode> defaultHierarchy() {
        return bilingualDefault();
    }

    /**
     * The paper's hierarchy with both labels of every node: English ({@code name}) and Chinese ({@code nameZh}), from
     * the keys {@code workshop.defaultNode.<engine id>.name} of both bundles.
     */
    public static List<CriteriaNode> bilingualDefault() {
        List<CriteriaNode> en = defaultHierarchy(Text::english);
        List<CriteriaNode> zh = defaultHierarchy(t -> com.sesadvisor.engine.text.TextRenderer.render(t,
                Locale.SIMPLIFIED_CHINESE));
        List<CriteriaNode> out = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            CriteriaNode e = en.get(i);
            out.add(new CriteriaNode(e.id(), e.parentId(), e.name(), e.description(), zh.get(i).name()));
        }
        return List.copyOf(out);
    }

    /**
     * The language of whoever is looking: the Vaadin UI's locale on a screen, the request's Accept-Language on the
     * API (Spring's locale context), English otherwise.
     */
    public static Locale viewerLocale() {
        return com.sesadvisor.base.i18n.ViewerLocale.current();
    }

    /** How many distinct hierarchies {@link #built} keeps (a workshop has one per language it is read in). */
    static final int CACHED_HIERARCHIES = 256;

    /**
     * Built hierarchies keyed by their content (the labelled nodes), least recently used dropped first. Keyed by
     * content, not by workshop id or time: an edit of the set-up changes the key, so a stale entry is never served,
     * and two instances sharing one database can never disagree.
     */
    private static final Map<List<CriteriaNode>, Hierarchy> BUILT = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<CriteriaNode>, Hierarchy> eldest) {
                    return size() > CACHED_HIERARCHIES;
                }
            });

    /**
     * The engine hierarchy of a workshop's stored rows, labelled in the viewer's language. The rows were checked
     * when the set-up saved them ({@link #toHierarchy}, the edge); the hierarchy is built once per content and then
     * served from memory, so an expert's answer or a results view does not rebuild and re-check it.
     */
    public static Hierarchy built(List<NodeRow> rows) {
        return cached(displayed(rows));
    }

    /** The same, with the names as stored (the facilitator's), for screens shared by everyone in a live session. */
    public static Hierarchy builtAsStored(List<NodeRow> rows) {
        return cached(fromRows(rows));
    }

    private static Hierarchy cached(List<CriteriaNode> nodes) {
        List<CriteriaNode> key = List.copyOf(nodes);
        Hierarchy h = BUILT.get(key);
        if (h == null) {
            h = toHierarchy(key);
            BUILT.put(key, h);
        }
        return h;
    }

    /** The stored rows labelled in the viewer's language, for display (experts, results, reports). */
    public static List<CriteriaNode> displayed(List<NodeRow> rows) {
        return displayed(rows, viewerLocale());
    }

    public static List<CriteriaNode> displayed(List<NodeRow> rows, Locale locale) {
        return fromRows(rows).stream().map(n -> n.labelledIn(locale)).toList();
    }

    /**
     * The same hierarchy with names and descriptions in the facilitator's language: a committee that works in
     * Chinese starts from Chinese criteria, which it then edits like any other (keys
     * {@code workshop.defaultNode.<engine id>.name|description}; the English ones equal the engine's, tested).
     */
    public static List<CriteriaNode> defaultHierarchy(Function<Text, String> render) {
        List<CriteriaNode> out = new ArrayList<>();
        flatten(DefaultHierarchies.sharedStoragePaper2025().goal(), null, out, render);
        return List.copyOf(out);
    }

    private static void flatten(HierarchyNode node, String parentId, List<CriteriaNode> out,
                                Function<Text, String> render) {
        String id = CATALOGUE_IDS.getOrDefault(node.id(), node.id().toUpperCase(Locale.ROOT).replace('-', '_'));
        String description = node.description() == null || node.description().isBlank() ? node.description()
                : render.apply(Text.of(WorkshopText.defaultNodeDescription(node.id())));
        out.add(new CriteriaNode(id, parentId, render.apply(Text.of(WorkshopText.defaultNodeName(node.id()))), description));
        node.children().forEach(c -> flatten(c, id, out, render));
    }

    /**
     * Checks an edited hierarchy: one goal first, unique well-formed ids, names, parents that exist, a goal with at
     * least two children and at most {@link PairwiseMatrix#MAX_SIZE} children per node.
     *
     * @throws WorkshopInputException naming the node ({@code nodes[<id>]}, its position when the id is empty) and,
     *                                where the problem is one value of it, that value ({@code nodes[<id>].name},
     *                                {@code .id}, {@code .parentId}), and what is wrong
     */
    public static Hierarchy toHierarchy(List<CriteriaNode> nodes) {
        if (nodes == null || nodes.isEmpty() || !nodes.get(0).isGoal()) {
            throw new WorkshopInputException("nodes", Text.of("workshop.hierarchy.error.noGoal"));
        }
        Set<String> ids = new HashSet<>();
        Map<String, List<CriteriaNode>> children = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            CriteriaNode n = nodes.get(i);
            String field = "nodes[" + (n.id().isEmpty() ? i : n.id()) + "]";
            if (!ID.matcher(n.id()).matches()) {
                throw new WorkshopInputException(field + ".id", Text.of("workshop.hierarchy.error.id"));
            }
            if (!ids.add(n.id())) {
                throw new WorkshopInputException(field + ".id", Text.of("workshop.hierarchy.error.duplicateId", n.id()));
            }
            if (n.name().isEmpty() || n.name().length() > 200) {
                throw new WorkshopInputException(field + ".name", Text.of("workshop.hierarchy.error.name"));
            }
            if (n.nameZh().length() > 200) {
                throw new WorkshopInputException(field + ".nameZh", Text.of("workshop.hierarchy.error.name"));
            }
            if (i > 0 && n.isGoal()) {
                throw new WorkshopInputException(field + ".parentId", Text.of("workshop.hierarchy.error.secondGoal"));
            }
            if (i > 0 && !ids.contains(n.parentId())) {
                throw new WorkshopInputException(field + ".parentId",
                        Text.of("workshop.hierarchy.error.parent", n.parentId()));
            }
            if (n.parentId() != null) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        CriteriaNode goal = nodes.get(0);
        if (children.getOrDefault(goal.id(), List.of()).size() < 2) {
            throw new WorkshopInputException("nodes[" + goal.id() + "]",
                    Text.of("workshop.hierarchy.error.goalCriteria"));
        }
        for (Map.Entry<String, List<CriteriaNode>> e : children.entrySet()) {
            if (e.getValue().size() > PairwiseMatrix.MAX_SIZE) {
                throw new WorkshopInputException("nodes[" + e.getKey() + "]",
                        Text.of("workshop.hierarchy.error.tooManyChildren", PairwiseMatrix.MAX_SIZE));
            }
        }
        try {
            return Hierarchy.of(build(goal, children));
        } catch (InvalidHierarchyException e) {
            throw new WorkshopInputException("nodes", e.text());
        }
    }

    private static HierarchyNode build(CriteriaNode node, Map<String, List<CriteriaNode>> children) {
        List<HierarchyNode> kids = children.getOrDefault(node.id(), List.of()).stream()
                .map(c -> build(c, children)).toList();
        return new HierarchyNode(node.id(), node.name(), node.description(), kids, java.util.Optional.empty());
    }

    /** Nodes with two or more children: the ones experts compare (a single child simply gets weight 1). */
    public static List<HierarchyNode> comparedNodes(Hierarchy hierarchy) {
        return hierarchy.nodes().stream().filter(n -> n.children().size() >= 2).toList();
    }

    public static List<NodeRow> toRows(List<CriteriaNode> nodes) {
        return nodes.stream().map(n -> new NodeRow(n.id(), n.parentId(), n.name(),
                n.description().isEmpty() ? null : truncate(n.description()), n.nameZh())).toList();
    }

    public static List<CriteriaNode> fromRows(List<NodeRow> rows) {
        return rows.stream().map(r -> new CriteriaNode(r.nodeId(), r.parentId(), r.name(), r.description(),
                r.nameZh())).toList();
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
