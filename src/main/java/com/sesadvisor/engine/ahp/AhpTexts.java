package com.sesadvisor.engine.ahp;

import java.util.List;

/** Keys of the AHP engine's sentences ({@code i18n/ahp.properties}) that more than one class uses. */
final class AhpTexts {

    private AhpTexts() {
    }

    /** Elements as the messages show them, e.g. {@code {2, 3}}. */
    static String elements(List<Integer> elements) {
        return elements.toString().replace('[', '{').replace(']', '}');
    }
}
