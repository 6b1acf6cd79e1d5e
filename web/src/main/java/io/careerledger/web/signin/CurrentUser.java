package io.careerledger.web.signin;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The person of the current request, and signing them in for the rest of their session. */
@Component
public class CurrentUser {

    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public SignedIn get() {
        return find().orElseThrow(() -> new InsufficientAuthenticationException("Nobody is signed in."));
    }

    public Optional<SignedIn> find() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .map(authentication -> authentication.getPrincipal() instanceof SignedIn signedIn ? signedIn : null);
    }

    /** A new session id on sign-in, so a session id planted before it is worth nothing after (session fixation). */
    void signIn(SignedIn person, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SignedInAuthentication(person));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
