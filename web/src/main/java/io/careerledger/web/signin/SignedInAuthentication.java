package io.careerledger.web.signin;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The session's authentication, whichever way the person signed in: their roles become ROLE_ authorities. */
final class SignedInAuthentication extends AbstractAuthenticationToken {

    private final SignedIn signedIn;

    SignedInAuthentication(SignedIn signedIn) {
        super(signedIn.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.signedIn = signedIn;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return signedIn.token();
    }

    @Override
    public SignedIn getPrincipal() {
        return signedIn;
    }

    @Override
    public String getName() {
        return signedIn.subject();
    }
}
