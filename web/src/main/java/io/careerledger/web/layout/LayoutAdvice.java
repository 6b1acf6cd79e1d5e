package io.careerledger.web.layout;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.careerledger.web.api.ApiRefusal;
import io.careerledger.web.api.ServiceUnavailable;
import io.careerledger.web.signin.CurrentUser;
import io.careerledger.web.signin.SignedIn;

/**
 * What every page's layout needs (who is signed in, for the navigation), and the page shown when a
 * service refuses or fails to answer what a page reads: words, never the service's JSON.
 */
@ControllerAdvice
class LayoutAdvice {

    private final CurrentUser currentUser;

    LayoutAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    private static final Words WORDS = new Words();
    private static final Refusals REFUSALS = new Refusals();

    @ModelAttribute("words")
    Words words() {
        return WORDS;
    }

    @ModelAttribute("refusals")
    Refusals refusals() {
        return REFUSALS;
    }

    @ModelAttribute("me")
    SignedIn me() {
        return currentUser.find().orElse(null);
    }

    @ExceptionHandler(ApiRefusal.class)
    String refused(ApiRefusal refusal, Model model, HttpServletResponse response) {
        HttpStatus status = switch (refusal.status()) {
            case 401 -> HttpStatus.UNAUTHORIZED;
            case 403 -> HttpStatus.FORBIDDEN;
            case 404 -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        response.setStatus(status.value());
        model.addAttribute("me", me());
        model.addAttribute("status", status.value());
        model.addAttribute("heading", switch (status) {
            case UNAUTHORIZED -> "Your sign-in has expired";
            case FORBIDDEN -> "This is not yours to see";
            case NOT_FOUND -> "Nothing here";
            default -> "That did not work";
        });
        model.addAttribute("message", status == HttpStatus.UNAUTHORIZED ? "Sign in again to go on." : refusal.detail());
        return "error";
    }

    @ExceptionHandler(ServiceUnavailable.class)
    String unavailable(ServiceUnavailable failure, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("me", me());
        model.addAttribute("status", 503);
        model.addAttribute("heading", "Career Ledger is not answering");
        model.addAttribute("message", failure.getMessage() + " Try again in a moment.");
        return "error";
    }
}
