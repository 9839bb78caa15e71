package com.sesadvisor.workshop;

/** Where an expert stands on one node. */
public enum JudgementStatus { OPEN, DONE, SKIPPED }
