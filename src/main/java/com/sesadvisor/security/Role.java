package com.sesadvisor.security;

/** What a user may do. ADMIN manages users; FACILITATOR runs workshops; EXPERT judges; REGULATOR checks projects. */
public enum Role {
    ADMIN,
    FACILITATOR,
    EXPERT,
    REGULATOR
}
