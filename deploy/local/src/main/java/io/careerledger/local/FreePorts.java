package io.careerledger.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.stream.IntStream;

/** Ports nothing listens on right now, for servers started next. */
final class FreePorts {

    private FreePorts() {
    }

    static int one() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port {@code p} such that {@code p + step}, ..., {@code p + (count - 1) step} are free too. */
    static int spaced(int count, int step) {
        while (true) {
            int first = one();
            if (first + step * (count - 1) < 65_536 && IntStream.range(1, count).allMatch(i -> isFree(first + step * i))) {
                return first;
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
