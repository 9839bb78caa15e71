package com.sesadvisor.workshop;

/** Why an invitation link shows no data. UNKNOWN covers mistyped and guessed tokens alike. */
public enum InvitationProblem { UNKNOWN, EXPIRED, REVOKED }
