package io.careerledger.query.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.careerledger.events.PersonalDataCipher;

/**
 * The command-service's key API as the query-service calls it ({@code GET /api/personal-data-keys/{keyId}}):
 * one data key per person, 410 once the person is erased. Tests encrypt with it as the command-service would.
 */
public final class KeyServiceStub {

    private record Key(String keyId, String employeeId, byte[] material) {
    }

    private final Map<String, Key> byEmployee = new ConcurrentHashMap<>();
    private final Map<String, Key> byKeyId = new ConcurrentHashMap<>();
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    private final HttpServer server;

    private KeyServiceStub(HttpServer server) {
        this.server = server;
        server.createContext("/api/personal-data-keys/", this::answer);
        server.start();
    }

    public static KeyServiceStub start() {
        try {
            return new KeyServiceStub(HttpServer.create(new InetSocketAddress("localhost", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String keyIdOf(String employeeId) {
        return keyOf(employeeId).keyId();
    }

    /** {@code text} as the command-service stores and publishes a personal field of {@code employeeId}. */
    public String encrypt(String employeeId, String text) {
        Key key = keyOf(employeeId);
        return PersonalDataCipher.encrypt(text, key.keyId(), key.material());
    }

    /** The key is destroyed: from now on it answers 410, as after {@code POST /api/employees/{id}/erasure}. */
    public void erase(String employeeId) {
        erased.add(employeeId);
    }

    private Key keyOf(String employeeId) {
        return byEmployee.computeIfAbsent(employeeId, id -> {
            Key key = new Key(PersonalDataCipher.newKeyId(), id, PersonalDataCipher.newKey());
            byKeyId.put(key.keyId(), key);
            return key;
        });
    }

    private void answer(HttpExchange exchange) throws IOException {
        String keyId = exchange.getRequestURI().getPath().substring("/api/personal-data-keys/".length());
        Key key = byKeyId.get(keyId);
        if (key == null || erased.contains(key.employeeId())) {
            exchange.sendResponseHeaders(key == null ? 404 : 410, -1);
            exchange.close();
            return;
        }
        byte[] body = """
                {"keyId":"%s","employeeId":"%s","algorithm":"AES-256-GCM","key":"%s"}"""
                .formatted(key.keyId(), key.employeeId(), Base64.getEncoder().encodeToString(key.material()))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
