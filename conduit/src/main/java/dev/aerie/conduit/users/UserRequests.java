package dev.aerie.conduit.users;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The bodies of the user routes, each wrapped in RealWorld's {@code {"user": ...}} envelope. */
public final class UserRequests {
    private UserRequests() {}

    public record Login(@NotBlank(message = "can't be empty") String email,
                        @NotBlank(message = "can't be empty") String password) {}

    public record LoginEnvelope(@NotNull(message = "can't be empty") @Valid Login user) {}

    public record Registration(@NotBlank(message = "can't be empty") @Size(max = 100, message = "is too long (maximum is 100 characters)") String username,
                               @NotBlank(message = "can't be empty") @Email(message = "is invalid") @Size(max = 254, message = "is too long (maximum is 254 characters)") String email,
                               @NotBlank(message = "can't be empty") @Size(max = 200, message = "is too long (maximum is 200 characters)") String password) {}

    public record RegistrationEnvelope(@NotNull(message = "can't be empty") @Valid Registration user) {}

    /** Every field optional: an absent (or null) one stays as it is. */
    public record UserUpdate(@Nullable @Pattern(regexp = "(?s).*\\S.*", message = "can't be empty") @Size(max = 254, message = "is too long (maximum is 254 characters)") @Email(message = "is invalid") String email,
                             @Nullable @Pattern(regexp = "(?s).*\\S.*", message = "can't be empty") @Size(max = 100, message = "is too long (maximum is 100 characters)") String username,
                             @Nullable @Pattern(regexp = "(?s).*\\S.*", message = "can't be empty") @Size(max = 200, message = "is too long (maximum is 200 characters)") String password,
                             @Nullable @Size(max = 2000, message = "is too long (maximum is 2000 characters)") String image,
                             @Nullable @Size(max = 2000, message = "is too long (maximum is 2000 characters)") String bio) {}

    public record UserUpdateEnvelope(@NotNull(message = "can't be empty") @Valid UserUpdate user) {}
}
