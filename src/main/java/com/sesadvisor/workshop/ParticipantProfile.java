package com.sesadvisor.workshop;

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
            throw new WorkshopInputException("name", "a name of 1-120 characters is required");
        }
        if (organisationType == null) {
            throw new WorkshopInputException("organisationType", "choose the organisation type");
        }
        if (role != null && role.length() > 120) {
            throw new WorkshopInputException("role", "at most 120 characters");
        }
        if (contact != null && contact.length() > 200) {
            throw new WorkshopInputException("contact", "at most 200 characters");
        }
        if (!(expertiseWeight > 0 && expertiseWeight <= MAX_WEIGHT)) {
            throw new WorkshopInputException("expertiseWeight", "must be above 0 and at most " + (int) MAX_WEIGHT);
        }
    }
}
