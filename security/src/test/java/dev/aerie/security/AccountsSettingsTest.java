package dev.aerie.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.security.app.AccountsSettings;
import dev.aerie.security.app.AccountsSettings_ConfigReader;
import io.helidon.config.ConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader the processor generated for the test application's {@code @ConfigProperties} record. */
class AccountsSettingsTest {

    @Test
    void readsEveryComponentWithItsDefault() {
        assertEquals(new AccountsSettings("ada", "admin", Duration.ofMinutes(15), List.of(), Optional.empty()),
                AccountsSettings_ConfigReader.read(AerieConfig.of(Map.of("accounts.admin-name", "ada"))));
        assertEquals(new AccountsSettings("ada", "editor", Duration.ofSeconds(90), List.of("a", "b"), Optional.of("hi")),
                AccountsSettings_ConfigReader.read(AerieConfig.of(Map.of("accounts.admin-name", "ada", "accounts.role", "editor",
                        "accounts.token-ttl", "90s", "accounts.auditors", "a,b", "accounts.banner", "hi"))));
    }

    @Test
    void aMissingRequiredValueNamesTheKeyTheComponentAndTheVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> AccountsSettings_ConfigReader.read(AerieConfig.of(Map.of())));
        assertEquals("Configuration key 'accounts.admin-name' is not set, and AccountsSettings.adminName needs it. Set it in"
                + " application.yaml or the environment variable ACCOUNTS_ADMIN_DASH_NAME, or make the component an"
                + " Optional or give it a @ConfigDefault.", e.getMessage());
    }

    @Test
    void aMalformedValueNamesTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> AccountsSettings_ConfigReader.read(AerieConfig.of(
                Map.of("accounts.admin-name", "ada", "accounts.token-ttl", "soon"))));
        assertEquals("Configuration key 'accounts.token-ttl' must be a duration such as 5s, 500ms or PT5S, but is 'soon'."
                + " Fix it in application.yaml or the environment variable ACCOUNTS_TOKEN_DASH_TTL.", e.getMessage());
    }
}
