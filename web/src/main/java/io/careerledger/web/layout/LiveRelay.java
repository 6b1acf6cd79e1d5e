package io.careerledger.web.layout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Flow;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.careerledger.web.api.ServiceUrls;
import io.careerledger.web.signin.CurrentUser;

/**
 * Relays one of the query-service's live streams (server-sent events) to the browser, opened with
 * the signed-in person's token, which the browser never holds. Each upstream {@code changed} event
 * becomes a {@code changed} event here (the page re-reads its fragment on it, htmx's SSE extension);
 * a {@code live} event tells the page once the upstream subscription stands.
 */
@Component
public class LiveRelay {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ServiceUrls urls;
    private final CurrentUser currentUser;

    LiveRelay(ServiceUrls urls, CurrentUser currentUser) {
        this.urls = urls;
        this.currentUser = currentUser;
    }

    /** @param path the query-service's stream, e.g. /api/teams/{managerId}/live */
    public SseEmitter relay(String path) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Events events = new Events(emitter);
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.queryServiceUrl() + path))
                .header("Authorization", "Bearer " + currentUser.get().token())
                .header("Accept", "text/event-stream")
                .build();
        http.sendAsync(request, info -> info.statusCode() == 200
                        ? HttpResponse.BodySubscribers.fromLineSubscriber(events)
                        : HttpResponse.BodySubscribers.discarding())
                .whenComplete((response, failure) -> emitter.complete());
        emitter.onCompletion(events::cancel);
        emitter.onTimeout(events::cancel);
        emitter.onError(error -> events.cancel());
        return emitter;
    }

    /** Reads the upstream stream line by line (the text/event-stream format) and forwards its events. */
    private static final class Events implements Flow.Subscriber<String> {

        private final SseEmitter emitter;
        private volatile Flow.Subscription subscription;
        private String event = "message";
        private final StringBuilder data = new StringBuilder();

        Events(SseEmitter emitter) {
            this.emitter = emitter;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith(":")) {
                // the upstream's opening comment: the subscription stands
                forward("live", "Updates live");
            } else if (line.startsWith("event:")) {
                event = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring("data:".length()).strip());
            } else if (line.isEmpty()) {
                if ("changed".equals(event)) {
                    forward("changed", data.toString());
                }
                event = "message";
                data.setLength(0);
            }
        }

        private void forward(String name, String payload) {
            try {
                emitter.send(SseEmitter.event().name(name).data(payload));
            } catch (IOException | IllegalStateException browserGone) {
                cancel();
            }
        }

        void cancel() {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            emitter.complete();
        }

        @Override
        public void onComplete() {
            emitter.complete();
        }
    }
}
