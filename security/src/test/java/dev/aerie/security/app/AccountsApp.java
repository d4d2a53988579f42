package dev.aerie.security.app;

import dev.aerie.api.Module;
import dev.aerie.security.SecurityModule;

/** A tiny application that logs in with a password and answers who the caller is from the token. */
// snippet:accounts-app
@Module(imports = SecurityModule.class, controllers = AccountsController.class)
public final class AccountsApp {}
// end::accounts-app
