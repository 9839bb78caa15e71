package com.sesadvisor.engine.ahp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The AHP engine is framework-free: only the JDK and Commons Math. */
class AhpArchitectureTest {

    @Test
    void engine_depends_only_on_java_and_commons_math() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.sesadvisor.engine.ahp");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.apache.commons.math3..", "com.sesadvisor.engine.ahp..")
                .check(engine);
    }
}
