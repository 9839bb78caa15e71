package com.sesadvisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md, as a test. */
@AnalyzeClasses(packages = "com.sesadvisor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engine_is_framework_free = classes().that().resideInAPackage("..engine..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("com.sesadvisor.engine..", "java..", "org.apache.commons.math3..");

    @ArchTest
    static final ArchRule engine_depends_on_no_other_layer = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("com.sesadvisor.rules..", "com.sesadvisor.api..",
                    "com.sesadvisor.workshop..", "com.sesadvisor.assessment..", "com.sesadvisor.eligibility..",
                    "com.sesadvisor.security..", "com.sesadvisor.base..", "com.sesadvisor.report..");

    @ArchTest
    static final ArchRule ui_is_used_only_by_ui = classes().that().resideInAPackage("..ui..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("..ui..", "com.sesadvisor.security");

    @ArchTest
    static final ArchRule rules_do_not_know_the_ui_of_features = noClasses().that()
            .resideInAPackage("com.sesadvisor.rules").should().dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..");

    @ArchTest
    static final ArchRule feature_slices_have_no_cycles = slices().matching("com.sesadvisor.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule api_does_not_touch_persistence = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                    "org.springframework.data..");
}
