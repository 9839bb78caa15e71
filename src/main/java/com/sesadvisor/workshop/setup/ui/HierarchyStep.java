package com.sesadvisor.workshop.setup.ui;

import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Step 3: the criteria hierarchy, starting from Chi et al. (2025). English and Chinese labels and ids are edited in
 * place (a node with one label shows it in both languages); nodes are
 * added under any node and removed with their children. Ids of the paper's indicators are the TOPSIS catalogue's
 * (e.g. IRR), so the results can use the leaf weights directly.
 */
class HierarchyStep extends VerticalLayout {

    /** A node while it is edited: identity equality, so the tree keeps it when its name changes. */
    static final class Draft {
        final int key;
        String id;
        String name;
        /** The Chinese label; empty when the node has one label only (shown in both languages). */
        String nameZh;
        final String description;

        Draft(int key, String id, String name, String nameZh, String description) {
            this.key = key;
            this.id = id;
            this.name = name;
            this.nameZh = nameZh;
            this.description = description;
        }
    }

    private final TreeData<Draft> tree = new TreeData<>();
    private final TreeGrid<Draft> grid = new TreeGrid<>();
    /** The editors of each node by its draft key, as last rendered: refusals are shown at them. */
    private final Map<Integer, TextField> nameFields = new HashMap<>();
    private final Map<Integer, TextField> nameZhFields = new HashMap<>();
    private final Map<Integer, TextField> idFields = new HashMap<>();
    private int nextKey;

    HierarchyStep(WorkshopSetupService service, WorkshopSetup setup, Consumer<WorkshopSetup> onSaved) {
        Map<String, Draft> byId = new HashMap<>();
        for (CriteriaNode n : setup.hierarchy()) {
            Draft d = new Draft(nextKey++, n.id(), n.name(), n.nameZh(), n.description());
            tree.addItem(n.parentId() == null ? null : byId.get(n.parentId()), d);
            byId.put(n.id(), d);
        }
        grid.setId("hierarchy-grid");
        grid.setDataProvider(new TreeDataProvider<>(tree));
        // the tree column's field cannot stretch inside the toggle: fixed widths that still fit a 1024 px screen
        grid.addComponentHierarchyColumn(this::nameField).setHeader(getTranslation("workshop.hierarchy.name"))
                .setWidth("19rem").setFlexGrow(3);
        grid.addComponentColumn(this::nameZhField).setHeader(getTranslation("workshop.hierarchy.nameZh"))
                .setWidth("9rem").setFlexGrow(2);
        grid.addComponentColumn(this::idField).setHeader(getTranslation("workshop.hierarchy.id")).setWidth("10rem")
                .setFlexGrow(1);
        // add/remove stay in view when a narrow screen scrolls the grid sideways
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.expandRecursively(tree.getRootItems(), 5);
        grid.setAllRowsVisible(true);

        Button save = new Button(getTranslation("workshop.setup.saveNext"), e -> SetupSaving.save(this,
                () -> service.saveHierarchy(setup.id(), setup.version(), flatten()), fields(), onSaved));
        save.setId("save-hierarchy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("workshop.hierarchy.help")), grid, save);
    }

    private TextField nameField(Draft d) {
        TextField name = field("node-name-" + d.key, "workshop.hierarchy.name", d.name, v -> d.name = v,
                nameFields, d.key);
        name.setWidth("13.5rem");
        name.setTooltipText(d.description.isEmpty() ? null : d.description);
        return name;
    }

    /** The Chinese label beside the English one: experts and readers see the label of their language. */
    private TextField nameZhField(Draft d) {
        return field("node-name-zh-" + d.key, "workshop.hierarchy.nameZh", d.nameZh, v -> d.nameZh = v,
                nameZhFields, d.key);
    }

    private TextField idField(Draft d) {
        return field("node-id-" + d.key, "workshop.hierarchy.id", d.id, v -> d.id = v, idFields, d.key);
    }

    /** One editor of a draft's value, kept by the draft's key so refusals can be shown at it. */
    private TextField field(String id, String labelKey, String value, Consumer<String> onChange,
                            Map<Integer, TextField> byKey, int key) {
        TextField f = new TextField();
        f.setId(id);
        f.setAriaLabel(getTranslation(labelKey));
        f.setValue(value);
        f.setWidthFull();
        f.setValueChangeMode(ValueChangeMode.EAGER);
        f.addValueChangeListener(e -> onChange.accept(e.getValue()));
        byKey.put(key, f);
        return f;
    }

    private HorizontalLayout actions(Draft d) {
        Button add = new Button(VaadinIcon.PLUS.create(), e -> {
            String newName = getTranslation("workshop.hierarchy.newNode");
            boolean chinese = com.sesadvisor.engine.text.TextBundles.chinese(getLocale());
            Draft child = new Draft(nextKey, "NODE_" + nextKey, chinese ? "" : newName, chinese ? newName : "", "");
            nextKey++;
            tree.addItem(d, child);
            grid.getDataProvider().refreshAll();
            grid.expand(d);
        });
        add.setId("add-under-" + d.key);
        add.setAriaLabel(getTranslation("workshop.hierarchy.add", d.name));
        add.setTooltipText(getTranslation("workshop.hierarchy.add", d.name));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(add);
        if (tree.getParent(d) != null) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                tree.removeItem(d);
                grid.getDataProvider().refreshAll();
            });
            remove.setId("remove-" + d.id);
            remove.setAriaLabel(getTranslation("workshop.hierarchy.remove", d.name));
            remove.setTooltipText(getTranslation("workshop.hierarchy.remove", d.name));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        return actions;
    }

    /**
     * Where each refusal of the service goes ({@link com.sesadvisor.workshop.WorkshopHierarchy#toHierarchy}): a node is
     * named by its id as typed, or by its position when the id is empty; id problems at the id, the rest at the name.
     * A hierarchy without a goal is shown at the goal.
     */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        List<Draft> drafts = new ArrayList<>();
        tree.getRootItems().forEach(root -> preOrder(root, drafts));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            TextField name = nameFields.get(d.key);
            TextField id = idFields.get(d.key);
            if (name == null || id == null) {
                continue; // not rendered (a collapsed branch): the refusal goes to a notification
            }
            String node = "nodes[" + (d.id.strip().isEmpty() ? String.valueOf(i) : d.id.strip()) + "]";
            fields.put(node, name);
            fields.put(node + ".name", name);
            fields.put(node + ".nameZh", nameZhFields.getOrDefault(d.key, name));
            fields.put(node + ".parentId", name);
            fields.put(node + ".id", id);
            if (i == 0) {
                fields.put("nodes", name);
            }
        }
        return fields;
    }

    private void preOrder(Draft d, List<Draft> out) {
        out.add(d);
        tree.getChildren(d).forEach(c -> preOrder(c, out));
    }

    /** Pre-order, as the service stores it. */
    private List<CriteriaNode> flatten() {
        List<CriteriaNode> out = new ArrayList<>();
        tree.getRootItems().forEach(root -> flatten(root, null, out));
        return out;
    }

    private void flatten(Draft d, String parentId, List<CriteriaNode> out) {
        out.add(new CriteriaNode(d.id, parentId, d.name, d.description, d.nameZh));
        tree.getChildren(d).forEach(c -> flatten(c, d.id.strip(), out));
    }
}
