/**
 * Where stakeholder perspectives disagree: the pairs of alternatives two perspectives order differently, and the
 * criteria that drive each swap (direction-aware weighted TOPSIS gaps, compared between the perspectives).
 * Framework-free.
 */
package com.sesadvisor.engine.recommend.conflict;
