package com.sesadvisor;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: Spring Boot application and Vaadin app shell (theme lives in frontend/themes/ses-advisor). */
@SpringBootApplication
@Theme("ses-advisor")
@Push // facilitated live sessions: every expert's screen follows the facilitator (workshop.facilitation)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
