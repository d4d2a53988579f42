package dev.aerie.sample;

import dev.aerie.api.Injectable;
import dev.aerie.api.Scope;

/** A new one at every injection point. */
@Injectable(scope = Scope.TRANSIENT)
public final class Ticket {}
