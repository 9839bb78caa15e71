package com.sesadvisor.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's internal-error page, which in development mode prints the stack trace to the user: a failure
 * while opening a view is logged with a reference, and the user sees a translated message with that reference.
 */
@ParentLayout(MainLayout.class)
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    private final Paragraph text = new Paragraph();

    public ServerErrorView() {
        setId("server-error");
        Anchor home = new Anchor("", getTranslation("error.view.home"));
        home.setId("server-error-home");
        add(new H2(getTranslation("error.view.title")), text, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Long.toHexString(System.nanoTime());
        log.error("Could not open '{}', reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        text.setText(getTranslation("error.view.text", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
