package dev.aerie.test.hidden;

import dev.aerie.api.Injectable;

/** Not exported by FeatureModule, so HiddenRoot cannot see it. */
@Injectable
public final class FeatureService {
    FeatureService() {}
}
