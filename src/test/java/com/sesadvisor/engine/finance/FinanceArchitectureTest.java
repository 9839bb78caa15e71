package com.sesadvisor.engine.finance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The finance engine is framework-free: only java.* and Commons Math. */
class FinanceArchitectureTest {

    @Test
    void engineDependsOnlyOnJavaAndCommonsMath() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.sesadvisor.engine.finance");
        classes().that().resideInAPackage("com.sesadvisor.engine.finance..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.apache.commons.math3..", "com.sesadvisor.engine.finance..")
                .check(engine);
    }
}
