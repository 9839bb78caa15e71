/**
 * Setting a workshop up: name and purpose, the criteria hierarchy, the scenario and profit mechanisms, the group
 * settings (aggregation, consensus threshold) and the participants with their invitation links. Its screens are
 * the workshop list and the set-up wizard in {@code ui}.
 */
package com.sesadvisor.workshop.setup;
