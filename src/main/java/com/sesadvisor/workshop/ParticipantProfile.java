package com.sesadvisor.workshop;

import com.sesadvisor.engine.text.Text;

/**
 * Who a committee member is. The expertise weight becomes the expert's λ in AIJ/AIP after normalising over the
 * experts who answered a node.
 */
public record ParticipantProfile(String name, OrganisationType organisationType, String role,
                                 double expertiseWeight, String contact) {

    public static final double MAX_WEIGHT = 10;

    public ParticipantProfile {
        name = name == null ? "" : name.strip();
        role = role == null || role.isBlank() ? null : role.strip();
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new WorkshopInputException("name", Text.of("workshop.error.name"));
        }
        if (organisationType == null) {
            throw new WorkshopInputException("organisationType", Text.of("workshop.error.organisationType"));
        }
        if (role != null && role.length() > 120) {
            throw new WorkshopInputException("role", Text.of("workshop.error.role"));
        }
        if (contact != null && contact.length() > 200) {
            throw new WorkshopInputException("contact", Text.of("workshop.error.contact"));
        }
        if (!(expertiseWeight > 0 && expertiseWeight <= MAX_WEIGHT)) {
            throw new WorkshopInputException("expertiseWeight", Text.of("workshop.error.expertiseWeight"));
        }
    }
}
