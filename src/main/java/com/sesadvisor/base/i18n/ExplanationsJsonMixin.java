package com.sesadvisor.base.i18n;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.sesadvisor.engine.recommend.Explanations;
import com.sesadvisor.engine.text.Text;
import java.util.List;
import org.springframework.boot.jackson.JsonMixin;

/**
 * Keeps the JSON name of the ranking's plain-words sentences: {@link Explanations#sentences()} (texts, rendered in
 * English by {@link TextJsonSerializer}) goes out as {@code summary}, as the REST API and the JSON export have always
 * called it. Registered on Spring's mapper by {@code @JsonMixin} and explicitly by the JSON report writer.
 */
@JsonMixin(Explanations.class)
public abstract class ExplanationsJsonMixin {

    @JsonProperty("summary")
    abstract List<Text> sentences();
}
