/**
 * Operations: the readiness health check ({@code /actuator/health/readiness}) and the structured start-up log
 * lines. A slice of its own because it reads both {@code rules} and {@code security}; nothing depends on it.
 */
package com.sesadvisor.ops;
