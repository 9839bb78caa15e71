package com.sesadvisor.base.i18n;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.sesadvisor.engine.text.Text;
import java.io.IOException;
import org.springframework.boot.jackson.JsonComponent;

/**
 * The REST API and the JSON export speak English: an engine {@link Text} goes out as its English sentence, so API clients keep
 * receiving plain strings wherever the engine's records carry translatable texts.
 */
@JsonComponent
public class TextJsonSerializer extends StdSerializer<Text> {

    public TextJsonSerializer() {
        super(Text.class);
    }

    @Override
    public void serialize(Text value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.english());
    }
}
