package io.careerledger.local;

import java.util.List;
import java.util.Map;

/**
 * The URLs of every replica of each kind of service of a stack, first replica first.
 *
 * @param urls by the service's name ({@code web}, {@code command-service}, {@code query-service})
 */
public record CareerLedgerServices(Map<String, List<String>> urls) {

    public List<String> urls(String service) {
        List<String> replicas = urls.get(service);
        if (replicas == null) {
            throw new IllegalArgumentException("No service " + service + " in " + urls.keySet());
        }
        return replicas;
    }

    /** The web app: the address a person opens. */
    public String webUrl() {
        return urls("web").get(0);
    }

    public List<String> commandServiceUrls() {
        return urls("command-service");
    }

    public List<String> queryServiceUrls() {
        return urls("query-service");
    }

    public String commandServiceUrl() {
        return commandServiceUrls().get(0);
    }

    public String queryServiceUrl() {
        return queryServiceUrls().get(0);
    }
}
