/**
 * The committee workshop's shared core: what is stored (workshops with their scenario and criteria hierarchy,
 * participants with their invitation links, each expert's judgements per compared node) and the rules every part
 * of the workshop obeys (hierarchy shape, invitation validity, optimistic locking, one expert's consistency per
 * node). The parts that use it live in sub-packages: {@code setup} (the facilitator prepares the workshop),
 * {@code answers} (an expert answers through a link), {@code results} (the committee's weights, the live view and
 * the ranking) and {@code transfer} (workshop files in and out). Each part keeps its screens in its own {@code ui}.
 */
package com.sesadvisor.workshop;
