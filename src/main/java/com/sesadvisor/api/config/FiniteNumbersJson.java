package com.sesadvisor.api.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Last line of defence for "no NaN or Infinity in any response": Jackson would write them as the strings
 * {@code "NaN"} / {@code "Infinity"}, which a client's number parser either rejects or takes at face value. The
 * causes are fixed where they arise (plausibility bounds, undefined metrics as null); should one slip through, it
 * is written as {@code null} and logged as a warning so the cause can be found.
 */
@Configuration
class FiniteNumbersJson {

    private static final Logger log = LoggerFactory.getLogger(FiniteNumbersJson.class);

    @Bean
    com.fasterxml.jackson.databind.Module finiteNumbersModule() {
        SimpleModule module = new SimpleModule("finite-numbers");
        module.addSerializer(Double.class, new DoubleSerializer());
        module.addSerializer(double.class, new DoubleSerializer());
        module.addSerializer(Float.class, new FloatSerializer());
        module.addSerializer(double[].class, new DoubleArraySerializer());
        return module;
    }

    static void write(double v, JsonGenerator gen) throws IOException {
        if (Double.isFinite(v)) {
            gen.writeNumber(v);
        } else {
            log.warn("Non-finite number {} written as null at {}", v, gen.getOutputContext().pathAsPointer());
            gen.writeNull();
        }
    }

    static final class DoubleSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            write(value, gen);
        }
    }

    static final class FloatSerializer extends JsonSerializer<Float> {
        @Override
        public void serialize(Float value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            write(value, gen);
        }
    }

    static final class DoubleArraySerializer extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartArray(value, value.length);
            for (double v : value) {
                write(v, gen);
            }
            gen.writeEndArray();
        }
    }
}
