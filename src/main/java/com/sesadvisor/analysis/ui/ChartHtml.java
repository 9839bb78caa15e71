package com.sesadvisor.analysis.ui;

import com.vaadin.flow.component.Html;

/**
 * Wraps an inline SVG in a div: {@link Html} creates its root element with createElement (HTML namespace), so an
 * {@code <svg>} root would not render; as the content of a div it is parsed by the browser's HTML parser, which
 * puts it in the SVG namespace.
 */
final class ChartHtml {

    private ChartHtml() {
    }

    static Html of(String svg) {
        return new Html("<div class=\"chart-box\">" + svg + "</div>");
    }
}
