package com.sesadvisor.engine.ahp;

import com.sesadvisor.engine.text.Text;

/**
 * A well-formed input on which a numerical solver gave up (e.g. Commons Math's eigen decomposition exceeding its
 * iteration count). Not a bug and not malformed input: the REST API answers 422 naming the field.
 */
public final class NotConvergedException extends RuntimeException {

    private final transient Text text;

    public NotConvergedException(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
