package com.sesadvisor.api.config;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.text.Text;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes every finance assumption in the OpenAPI description as the {@code Assumptions} schema: one property per
 * camelCase key with its unit, default, provenance and meaning, generated from {@link AssumptionField} so the two
 * cannot drift apart.
 */
@Configuration
class OpenApiConfiguration {

    static {
        // Translatable texts are written as their English sentence (base.i18n.TextJsonSerializer): describe them so.
        SpringDocUtils.getConfig().replaceWithClass(Text.class, String.class);
    }

    /** Title, version and both ways to authenticate, so Swagger UI offers an Authorize button for each. */
    @Bean
    io.swagger.v3.oas.models.OpenAPI sesAdvisorOpenApi() {
        return new io.swagger.v3.oas.models.OpenAPI()
                .info(new io.swagger.v3.oas.models.info.Info().title("SES Advisor API").version("1")
                        .description("Calculators, eligibility and accounts of SES Advisor. Errors are RFC 9457 "
                                + "problem+json; see docs/api.md."))
                .components(new io.swagger.v3.oas.models.Components()
                        .addSecuritySchemes("basic", new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An SES Advisor account (throttled after repeated failures: 429)"))
                        .addSecuritySchemes("bearer", new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token from POST /api/tokens or the My account page")))
                .addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("basic"))
                .addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer assumptionsSchema() {
        return openApi -> {
            ObjectSchema schema = new ObjectSchema();
            schema.setDescription("Finance assumptions by camelCase key; any omitted key takes its default. "
                    + "Provenance PAPER = stated in Chi et al. (2025) section 2.2.3; ASSUMPTION = our reading where "
                    + "the paper is silent (docs/method/finance.md).");
            for (AssumptionField f : AssumptionField.values()) {
                schema.addProperty(f.key(), property(f));
            }
            openApi.getComponents().addSchemas("Assumptions", schema);
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema property(AssumptionField f) {
        Schema s = switch (f.kind()) {
            case BOOLEAN -> new BooleanSchema()._default(f.defaultValue() != 0);
            case CHOICE -> {
                StringSchema c = new StringSchema();
                f.options().forEach(c::addEnumItem);
                yield c._default(f.options().get((int) f.defaultValue()));
            }
            case INTEGER -> new IntegerSchema()._default((int) f.defaultValue());
            case NUMBER -> new NumberSchema()._default(BigDecimal.valueOf(f.defaultValue()));
        };
        if (f.kind() == AssumptionField.Kind.NUMBER || f.kind() == AssumptionField.Kind.INTEGER) {
            if (Double.isFinite(f.min())) {
                s.setMinimum(BigDecimal.valueOf(f.min()));
                s.setExclusiveMinimum(f.strictlyPositive());
            }
            if (Double.isFinite(f.max())) {
                s.setMaximum(BigDecimal.valueOf(f.max()));
            }
        }
        s.setDescription(f.description() + ". Unit: " + f.unit() + ". Default: " + defaultText(f) + " ("
                + f.provenance().name().toLowerCase() + ").");
        return s;
    }

    private static String defaultText(AssumptionField f) {
        return switch (f.kind()) {
            case BOOLEAN -> String.valueOf(f.defaultValue() != 0);
            case CHOICE -> f.options().get((int) f.defaultValue());
            case INTEGER -> String.valueOf((long) f.defaultValue());
            case NUMBER -> String.valueOf(f.defaultValue());
        };
    }
}
