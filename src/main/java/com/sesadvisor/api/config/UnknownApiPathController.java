package com.sesadvisor.api.config;

import com.sesadvisor.api.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every path under {@code /api} that no endpoint serves: a 404 problem+json, never the UI's HTML page (Vaadin would
 * otherwise answer 200 for any path), and a 405 naming the allowed methods when the path exists for other methods.
 * The most general mapping, so Spring only picks it when nothing more specific matches.
 */
@Hidden
@RestController
class UnknownApiPathController {

    private final ApplicationContext context;

    UnknownApiPathController(ApplicationContext context) {
        this.context = context;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws Exception {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Set<String> allowed = new LinkedHashSet<>();
        Set<org.springframework.http.MediaType> consumable = new LinkedHashSet<>();
        Set<org.springframework.http.MediaType> producible = new LinkedHashSet<>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (handler.getBeanType() == UnknownApiPathController.class || info.getPathPatternsCondition() == null
                    || info.getPathPatternsCondition().getMatchingCondition(request) == null) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            methods.forEach(m -> allowed.add(m.name()));
            if (methods.isEmpty() || methods.contains(RequestMethod.valueOf(request.getMethod()))) {
                if (info.getConsumesCondition().getMatchingCondition(request) == null) {
                    consumable.addAll(info.getConsumesCondition().getConsumableMediaTypes());
                } else if (info.getProducesCondition().getMatchingCondition(request) == null) {
                    producible.addAll(info.getProducesCondition().getProducibleMediaTypes());
                }
            }
        }
        if (!consumable.isEmpty()) {
            String type = request.getContentType();
            throw new org.springframework.web.HttpMediaTypeNotSupportedException(
                    type == null ? null : org.springframework.http.MediaType.parseMediaType(type),
                    java.util.List.copyOf(consumable), org.springframework.http.HttpMethod.valueOf(request.getMethod()));
        }
        if (!producible.isEmpty()) {
            throw new org.springframework.web.HttpMediaTypeNotAcceptableException(java.util.List.copyOf(producible));
        }
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new NotFoundException("No API endpoint " + request.getMethod() + " " + request.getRequestURI()
                + "; the endpoints are listed at /v3/api-docs.");
    }
}
