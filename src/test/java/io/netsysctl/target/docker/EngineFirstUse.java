package io.netsysctl.target.docker;

/** Connects to the engine once and exits, as the first Docker use of a new JVM does. */
final class EngineFirstUse {

    private EngineFirstUse() {
    }

    public static void main(String[] args) {
        DockerEngine.get();
    }
}
