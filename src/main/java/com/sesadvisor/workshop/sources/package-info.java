/**
 * Where each indicator's values come from in a workshop (finance model, scenario, committee comparison or rating, or
 * a recorded exclusion): {@code IndicatorSources} and the stored choices.
 */
package com.sesadvisor.workshop.sources;
