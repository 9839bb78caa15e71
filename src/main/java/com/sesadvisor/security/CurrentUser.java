package com.sesadvisor.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** Who is using the UI right now, for views that show a name or hide actions a role cannot take. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public String username() {
        return authenticationContext.getPrincipalName().orElse("anonymous");
    }

    public boolean hasRole(Role role) {
        return authenticationContext.hasRole(role.name());
    }

    public void logout() {
        authenticationContext.logout();
    }
}
