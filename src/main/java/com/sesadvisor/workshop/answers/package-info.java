/**
 * An expert's side of the workshop: opening an invitation link, answering the pairwise comparisons node by node,
 * seeing one's own consistency with revision hints, and finishing. Its screens (the invitation page and its
 * comparison widgets) are in {@code ui}.
 */
package com.sesadvisor.workshop.answers;
