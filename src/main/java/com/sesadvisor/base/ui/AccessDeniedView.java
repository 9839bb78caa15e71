package com.sesadvisor.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a signed-in user opens a view their roles do not allow (e.g. a facilitator opening admin/users):
 * a translated refusal inside the usual layout, instead of Vaadin's untranslated "could not navigate" page.
 */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        setId("access-denied");
        H2 title = new H2(getTranslation("security.denied.title"));
        Paragraph text = new Paragraph(getTranslation("security.denied.text"));
        Anchor home = new Anchor("", getTranslation("security.denied.home"));
        home.setId("access-denied-home");
        add(title, text, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
