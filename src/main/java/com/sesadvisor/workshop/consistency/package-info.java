/**
 * How consistent one expert's (possibly unfinished) node is: priorities, CR and the rule base's verdict, with Harker's
 * completion while pairs are missing ({@code NodeConsistencyCalculator}); used by answers, the live session and the
 * group results.
 */
package com.sesadvisor.workshop.consistency;
