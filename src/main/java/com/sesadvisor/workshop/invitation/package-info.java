/**
 * Invitation links of a workshop's experts: the tokens (issued, hashed, checked) and why a link is refused
 * ({@code InvalidInvitationException} with the model's {@code InvitationProblem}).
 */
package com.sesadvisor.workshop.invitation;
