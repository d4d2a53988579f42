package dev.aerie.security;

import dev.aerie.api.http.ForbiddenException;
import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;
import dev.aerie.api.http.SecurityScheme;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The guard {@link RolesAllowed} brings to the routes it is written on: the request's
 * {@link VerifiedToken} (401 without a good one) must hold one of the route's roles, or the answer
 * is 403. Which roles it does not say: the client learns nothing about the route it may not use.
 */
@SecurityScheme(name = Authenticated.SCHEME, type = SecurityScheme.Type.API_KEY, parameterName = "Authorization",
        description = Authenticated.SCHEME_DESCRIPTION)
public final class RoleGuard implements Guard {
    private final Provider<VerifiedToken> token;
    private final String claim;

    @Inject
    RoleGuard(Provider<VerifiedToken> token, JwtSettings settings) {
        this.token = token;
        this.claim = settings.rolesClaim();
    }

    @Override
    public void check(Request request, Route route) {
        List<String> held = roles(token.get().claim(claim));
        if (route.values(RolesAllowed.class).stream().noneMatch(held::contains)) {
            throw new ForbiddenException("this token does not hold a role that may use " + route.method() + " "
                    + route.template());
        }
    }

    private static List<String> roles(Optional<Object> claim) {
        return switch (claim.orElse(null)) {
            case String text -> Arrays.stream(text.trim().split("\\s+")).filter(role -> !role.isEmpty()).toList();
            case List<?> list -> list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
            case null, default -> List.of();
        };
    }
}
