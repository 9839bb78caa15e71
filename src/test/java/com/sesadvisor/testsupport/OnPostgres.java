package com.sesadvisor.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test that runs against the real PostgreSQL server of {@link TestPostgres} (a fresh database per
 * application context) instead of the in-memory H2 of the other tests. Use it with {@code @SpringBootTest}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
public @interface OnPostgres {
}
