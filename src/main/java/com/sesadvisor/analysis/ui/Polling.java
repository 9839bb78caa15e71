package com.sesadvisor.analysis.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Reference-counted polling per UI: background results arrive through {@code ui.access} and are delivered at the
 * next poll, so the UI polls while at least one piece of work (heat maps, Monte Carlo) is under way and stops when
 * the last one ends. Called on the UI thread only (inside {@code ui.access} from workers).
 */
final class Polling {

    private static final int INTERVAL_MS = 300;

    private Polling() {
    }

    static void start(UI ui) {
        int n = count(ui) + 1;
        ComponentUtil.setData(ui, Polling.class.getName(), n);
        ui.setPollInterval(INTERVAL_MS);
    }

    static void stop(UI ui) {
        int n = Math.max(0, count(ui) - 1);
        ComponentUtil.setData(ui, Polling.class.getName(), n);
        if (n == 0) {
            ui.setPollInterval(-1);
        }
    }

    private static int count(UI ui) {
        Object v = ComponentUtil.getData(ui, Polling.class.getName());
        return v instanceof Integer i ? i : 0;
    }
}
