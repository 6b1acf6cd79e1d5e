package io.careerledger.web.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.careerledger.web.api.ApiRefusal;

/**
 * One form's action: send the command; when it is accepted, wait (bounded) for its effect and say
 * what was done on the page redirected to; when refused, keep the person on the page with the
 * refusal beside the form's fields ({@code refusal}, {@code refusedForm} and what they typed,
 * {@code submitted}, in the model; status 422).
 */
@Component
public class Actions {

    private final ReadYourWrites readYourWrites;

    Actions(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    /**
     * @param form    the form's name, so the page shows the refusal beside that form only
     * @param visible whether the query API shows the command's effect yet
     * @param done    what the person did, in words, shown after the redirect
     * @return whether the command was accepted (redirect), or refused (render the page again)
     */
    public boolean perform(String form, Runnable command, BooleanSupplier visible, String done, Model model,
                           RedirectAttributes flash, HttpServletResponse response) {
        try {
            command.run();
        } catch (ApiRefusal refusal) {
            if (refusal.status() == 401) {
                throw refusal;
            }
            response.setStatus(422);
            model.addAttribute("refusal", refusal);
            model.addAttribute("refusedForm", form);
            model.addAttribute("submitted", submitted());
            return false;
        }
        flash.addFlashAttribute("done", readYourWrites.await(visible) ? done : done + " It will show here in a moment.");
        return true;
    }

    /** What the person typed, to fill the refused form in again (templates may not read request parameters themselves). */
    private static Map<String, String> submitted() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Map<String, String> values = new HashMap<>();
        request.getParameterMap().forEach((name, given) -> values.put(name, given.length == 0 ? "" : given[0]));
        return values;
    }
}
