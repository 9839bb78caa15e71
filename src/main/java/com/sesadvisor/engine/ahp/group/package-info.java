/**
 * Group AHP: aggregation of several experts' judgements (AIJ) or priorities (AIP), expert weights, consensus
 * (Goepel's S*), on one matrix or on a whole hierarchy.
 */
package com.sesadvisor.engine.ahp.group;
