package org.channelport.partners.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.channelport.partners.domain.PartnerRole;
import org.channelport.partners.domain.PersonName;

public record InviteUserCommand(
        @NotBlank(message = "{user.email.required}") @Size(max = 254, message = "{field.tooLong}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{partner.contactEmail.invalid}") String email,
        @NotBlank(message = "{user.firstName.required}") @Size(max = 100, message = "{field.tooLong}")
        @PersonName String firstName,
        @NotBlank(message = "{user.lastName.required}") @Size(max = 100, message = "{field.tooLong}")
        @PersonName String lastName,
        @NotNull(message = "{user.role.required}") PartnerRole role) {

    public InviteUserCommand {
        email = email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        firstName = firstName == null ? null : firstName.strip();
        lastName = lastName == null ? null : lastName.strip();
    }
}
