/**
 * Setting a workshop up: name and purpose, the criteria hierarchy, the scenario and profit mechanisms, the group
 * settings (aggregation, consensus threshold) and the participants with their invitation links. Its screen is
 * the set-up wizard in {@code ui} (the workshop list is {@code workshop.overview}).
 */
package com.sesadvisor.workshop.setup;
