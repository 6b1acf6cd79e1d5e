package io.careerledger.web.signin;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in: all the web app keeps, in the session.
 *
 * @param subject the services' name for them: an employee id, or e.g. {@code demo-hr} for a role alone
 * @param token   the bearer token every call to the services carries
 */
public record SignedIn(String subject, String name, Set<String> roles, String token) implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    public boolean employee() {
        return roles.contains("EMPLOYEE");
    }

    public boolean manager() {
        return roles.contains("MANAGER");
    }

    public boolean hr() {
        return roles.contains("HR");
    }

    public boolean council() {
        return roles.contains("COUNCIL");
    }
}
