package com.sesadvisor.engine.recommend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The ranking engine stays framework-free: java.*, Commons Math and other engine packages only. */
@AnalyzeClasses(packages = "com.sesadvisor.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class RankingDependencyTest {

    @ArchTest
    static final ArchRule ranking_engine_imports_only_java_commons_math_and_engine = noClasses().that()
            .resideInAnyPackage("..engine.weighting..", "..engine.topsis..", "..engine.recommend..",
                    "..engine.mcda..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.apache.commons.math3..",
                    "com.sesadvisor.engine..");
}
