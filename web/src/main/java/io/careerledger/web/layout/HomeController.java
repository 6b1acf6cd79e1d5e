package io.careerledger.web.layout;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** After sign-in: what the person can do, by role. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signin/signed-out";
    }
}
