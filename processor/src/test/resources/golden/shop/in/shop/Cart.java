package shop;

import dev.aerie.api.Injectable;
import dev.aerie.api.Scope;

@Injectable(scope = Scope.REQUEST)
public final class Cart {}
