/**
 * Workshop files in and out: a workshop (settings, hierarchy, scenario, participants, judgements) exported as one
 * JSON file and imported again, with every problem in an imported file named by its JSON path.
 */
package com.sesadvisor.workshop.transfer;
