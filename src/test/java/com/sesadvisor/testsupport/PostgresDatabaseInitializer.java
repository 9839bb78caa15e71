package com.sesadvisor.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at a new, empty database on this JVM's {@link TestPostgres} server. */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres pg = TestPostgres.get();
        TestPropertyValues.of(
                "spring.datasource.url=" + pg.createDatabase(),
                "spring.datasource.username=" + TestPostgres.USER,
                "spring.datasource.password=").applyTo(context);
    }
}
