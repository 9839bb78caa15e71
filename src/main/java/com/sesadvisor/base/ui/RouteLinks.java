package com.sesadvisor.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to a view by its route string (e.g. {@code com.sesadvisor.workshop.WorkshopRoutes}), followed inside the
 * running application like a {@code RouterLink} (the {@code router-link} attribute): for a view of another part,
 * which a class-based {@code RouterLink} would make a dependency (Vaadin 24.9 has no {@code RouterLink(String)}).
 */
public final class RouteLinks {

    private RouteLinks() {
    }

    public static Anchor to(String route, String text) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
