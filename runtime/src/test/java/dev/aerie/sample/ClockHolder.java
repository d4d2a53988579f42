package dev.aerie.sample;

import dev.aerie.api.Injectable;
import dev.aerie.sample.clock.Clock;
import dev.aerie.sample.clock.Holder;

@Injectable
public final class ClockHolder extends Holder<Clock> {}
