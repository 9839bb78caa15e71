package com.sesadvisor;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tables of docs/architecture.md, as a test: one rule per row, named after the row ("Packages": what each
 * package may use; "Across packages": the rules every package keeps). Change the doc and this test together.
 */
@AnalyzeClasses(packages = "com.sesadvisor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "com.sesadvisor..";

    // ---- Packages: what each may use (besides itself, the JDK and its libraries) ----

    @ArchTest
    static final ArchRule engine_may_use_only_java_and_commons_math = classes().that().resideInAPackage("..engine..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("com.sesadvisor.engine..", "java..", "org.apache.commons.math3..");

    @ArchTest
    static final ArchRule rules_may_use_engine = mayUse("rules", "engine");

    @ArchTest
    static final ArchRule assessment_may_use_engine_and_rules = mayUse("assessment", "engine", "rules");

    @ArchTest
    static final ArchRule analysis_may_use_assessment_engine_rules_and_base =
            mayUse("analysis", "assessment", "engine", "rules", "base");

    @ArchTest
    static final ArchRule workshop_may_use_analysis_assessment_eligibility_engine_rules_security_and_base =
            mayUse("workshop", "analysis", "assessment", "eligibility", "engine", "rules", "security", "base");

    @ArchTest
    static final ArchRule eligibility_may_use_engine_and_rules = mayUse("eligibility", "engine", "rules");

    @ArchTest
    static final ArchRule security_may_use_only_its_login_view = mayUse("security");

    @ArchTest
    static final ArchRule api_may_use_services_and_engine_types = mayUse("api", "analysis", "assessment",
            "eligibility", "engine", "rules", "security", "workshop", "base");

    @ArchTest
    static final ArchRule ops_may_use_services = mayUse("ops", "analysis", "assessment", "eligibility", "engine",
            "rules", "security", "workshop", "base");

    @ArchTest
    static final ArchRule base_may_use_engine_and_security = mayUse("base", "engine", "security");

    @ArchTest
    static final ArchRule ui_is_used_only_by_ui = classes().that().resideInAPackage("..ui..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("..ui..", "com.sesadvisor.security");

    // ---- Across packages ----

    @ArchTest
    static final ArchRule no_vaadin_outside_ui = noClasses().that()
            .resideOutsideOfPackages("..ui..", "com.sesadvisor", "com.sesadvisor.base.i18n..", "com.sesadvisor.security")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule no_drools_outside_rules = noClasses().that().resideOutsideOfPackage("com.sesadvisor.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");

    @ArchTest
    static final ArchRule report_writers_use_the_applications_types = noClasses().that()
            .resideInAPackage("com.sesadvisor.analysis.report..")
            .should().dependOnClassesThat().resideInAnyPackage("com.sesadvisor.rules..", "com.sesadvisor.assessment..");

    @ArchTest
    static final ArchRule features_have_no_cycles = slices().matching("com.sesadvisor.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule workshop_parts_have_no_cycles = slices().matching("com.sesadvisor.workshop.(*)..")
            .should().beFreeOfCycles();

    /** At most this many top-level classes (source files) in one package; split a bigger one by meaning. */
    static final int MAX_FILES_PER_PACKAGE = 25;

    @ArchTest
    static void packages_hold_at_most_25_files(JavaClasses classes) {
        Map<String, Long> perPackage = classes.stream().filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        assertThat(perPackage).as("packages read").isNotEmpty();
        assertThat(perPackage.entrySet().stream().filter(e -> e.getValue() > MAX_FILES_PER_PACKAGE)
                .map(e -> e.getKey() + " holds " + e.getValue()).toList())
                .as("packages with more than %d top-level classes (split them by meaning)", MAX_FILES_PER_PACKAGE)
                .isEmpty();
    }

    @ArchTest
    static final ArchRule api_never_touches_persistence = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                    "org.springframework.data..");

    /**
     * The non-view classes of {@code com.sesadvisor.<name>} use no application package but their own and
     * {@code allowed} (the feature's views have their own row: they may use any service).
     */
    private static ArchRule mayUse(String name, String... allowed) {
        String[] own = Stream.concat(Stream.of(name), Arrays.stream(allowed))
                .map(p -> "com.sesadvisor." + p + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("com.sesadvisor." + name + "..").and()
                .resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat(resideInAPackage(APP).and(resideOutsideOfPackages(own)))
                .as("the non-view classes of " + name + " use only "
                        + (allowed.length == 0 ? "their own package" : String.join(", ", allowed)));
    }
}
