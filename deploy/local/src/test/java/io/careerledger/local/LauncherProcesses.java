package io.careerledger.local;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a launcher would leave running if it failed to stop its children, taken while it runs: its
 * descendants and PostgreSQL's postmaster (pg_ctl starts that in a session of its own, so it is no descendant).
 */
record LauncherProcesses(List<ProcessHandle> descendants, ProcessHandle postmaster) {

    static LauncherProcesses of(LaunchedStack stack) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(stack.layout().data().resolve("postgres").resolve("postmaster.pid")).get(0).trim());
        return new LauncherProcesses(stack.launcher().descendants().toList(), ProcessHandle.of(postmaster).orElseThrow());
    }

    /** Those still alive, as "pid command". */
    List<String> running() {
        return Stream.concat(descendants.stream(), Stream.of(postmaster)).filter(ProcessHandle::isAlive)
                .map(process -> process.pid() + " " + process.info().command().orElse("?")).toList();
    }
}
