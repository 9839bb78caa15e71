package com.sesadvisor.eligibility.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Download links whose content is produced when clicked, so an export always reflects the current filter. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String id, String text, String fileName, String contentType, Supplier<String> content) {
        return binaryLink(id, text, fileName, contentType + ";charset=UTF-8",
                () -> content.get().getBytes(StandardCharsets.UTF_8));
    }

    static Anchor binaryLink(String id, String text, String fileName, String contentType, Supplier<byte[]> content) {
        DownloadHandler handler = event -> {
            byte[] bytes = content.get();
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
