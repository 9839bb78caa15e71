package com.sesadvisor.base.ui;

import com.sesadvisor.base.i18n.TranslationProvider;
import com.sesadvisor.engine.text.TextBundles;
import com.sesadvisor.security.CurrentUser;
import com.sesadvisor.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Header (title, language, user, log out) and the side navigation shared by every signed-in view. */
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        setPrimarySection(Section.DRAWER);
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, spacer(), languageSwitch(),
                userName(currentUser), logout(currentUser));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(navigation(currentUser));
    }

    private SideNav navigation(CurrentUser currentUser) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.workshops"), "", VaadinIcon.GROUP.create()));
        if (currentUser.hasRole(Role.FACILITATOR) || currentUser.hasRole(Role.REGULATOR)
                || currentUser.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.analysis"), "analysis", VaadinIcon.CHART.create()));
        }
        if (currentUser.hasRole(Role.REGULATOR) || currentUser.hasRole(Role.ADMIN)) {
            SideNavItem eligibility = new SideNavItem(getTranslation("nav.eligibility"), "eligibility",
                    VaadinIcon.CHECK_SQUARE_O.create());
            eligibility.addItem(new SideNavItem(getTranslation("eligibility.nav.check"), "eligibility"));
            eligibility.addItem(new SideNavItem(getTranslation("eligibility.nav.batch"), "eligibility/batch"));
            eligibility.addItem(new SideNavItem(getTranslation("eligibility.nav.audit"), "eligibility/audit"));
            eligibility.setExpanded(true);
            nav.addItem(eligibility);
        }
        nav.addItem(new SideNavItem(getTranslation("nav.rules"), "rules", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.api"), "swagger-ui.html", VaadinIcon.CODE.create()));
        nav.addItem(new SideNavItem(getTranslation("account.nav"), "account", VaadinIcon.USER.create()));
        if (currentUser.hasRole(Role.ADMIN)) {
            SideNavItem users = new SideNavItem(getTranslation("users.nav"), "admin/users", VaadinIcon.USERS.create());
            users.setId("nav-users");
            nav.addItem(users);
        }
        nav.setId("main-nav");
        return nav;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setAriaLabel(getTranslation("language.label"));
        language.setItems(TranslationProvider.ENGLISH, TranslationProvider.CHINESE);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(TextBundles.language(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                // Session-wide, then reload so every label, number format and grid header is rebuilt in the new language.
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return language;
    }

    private static Span userName(CurrentUser currentUser) {
        Span user = new Span(currentUser.username());
        user.setId("current-user");
        user.addClassName("current-user");
        return user;
    }

    private Button logout(CurrentUser currentUser) {
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> currentUser.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }

    private static Span spacer() {
        Span s = new Span();
        s.getStyle().set("flex-grow", "1");
        return s;
    }
}
