package dev.aerie.security.app;

import dev.aerie.api.config.ConfigDefault;
import dev.aerie.api.config.ConfigProperties;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The accounts application's own settings, {@code accounts.*}, read by generated code. */
// snippet:settings
@ConfigProperties("accounts")
public record AccountsSettings(String adminName,                          // accounts.admin-name, required
                               @ConfigDefault("admin") String role,       // accounts.role
                               @ConfigDefault("15m") Duration tokenTtl,   // accounts.token-ttl
                               List<String> auditors,                     // accounts.auditors, empty when unset
                               Optional<String> banner) {}                // accounts.banner
// end::settings
