package org.channelport.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Set;

/** Rule I2: a token is accepted only if Keycloak signed it (RS256, keys from the realm's JWKS), for us, and it is current. */
@ApplicationScoped
public class BearerTokenVerifier {
    @Inject
    OidcSettings settings;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(settings.getJwksUri()).toURL())
                    .retrying(true)
                    .build();
            processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    settings.getAudience(),
                    new JWTClaimsSet.Builder().issuer(settings.getProviderUri()).build(),
                    Set.of("sub", "exp", "iat")));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad Keycloak URL " + settings.getJwksUri(), e);
        }
    }

    /** The verified claims, or an exception saying why the token is refused (never shown to the client). */
    public JWTClaimsSet verify(String token) throws InvalidToken {
        try {
            return processor.process(token, null);
        } catch (Exception e) {
            throw new InvalidToken(e.getMessage());
        }
    }

    public static final class InvalidToken extends Exception {
        InvalidToken(String reason) {
            super(reason);
        }
    }
}
