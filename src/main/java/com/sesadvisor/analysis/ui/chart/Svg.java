package com.sesadvisor.analysis.ui.chart;

import java.util.Locale;

/** A tiny SVG writer: escapes text and formats coordinates with a dot whatever the locale. */
final class Svg {

    private final StringBuilder sb = new StringBuilder();

    Svg(String cssClass, double width, double height, String title, String id) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"").append(esc(cssClass))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" aria-labelledby=\"").append(esc(id)).append("-title\"");
        sb.append(" aria-label=\"").append(esc(title)).append("\"><title id=\"").append(esc(id)).append("-title\">")
                .append(esc(title)).append("</title>");
    }

    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(esc(fill)).append('"');
        if (tooltip == null) {
            sb.append("/>");
        } else {
            sb.append("><title>").append(esc(tooltip)).append("</title></rect>");
        }
        return this;
    }

    Svg text(double x, double y, String anchor, String cssClass, String fill, String text) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(esc(cssClass)).append('"');
        if (fill != null) {
            sb.append(" fill=\"").append(esc(fill)).append('"');
        }
        sb.append('>').append(esc(text)).append("</text>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(esc(stroke))
                .append("\" stroke-width=\"").append(n(width)).append('"');
        if (dash != null) {
            sb.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        sb.append("/>");
        return this;
    }

    Svg raw(String s) {
        sb.append(s);
        return this;
    }

    String end() {
        return sb.append("</svg>").toString();
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
