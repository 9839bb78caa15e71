package com.sesadvisor.rules;

/** How much a finding should worry its reader. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
