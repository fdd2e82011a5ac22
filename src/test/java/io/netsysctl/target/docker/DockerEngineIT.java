package io.netsysctl.target.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.target.host.ProcSysFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DockerEngineIT {

    @BeforeAll
    static void engine() {
        DockerTestSupport.requireEngine();
    }

    @Test
    void negotiatesEngineApiVersion() {
        String engineApi = DockerTestSupport.run("docker", "version", "--format", "{{.Server.APIVersion}}").strip();
        String expected = ApiVersion.min(ApiVersion.parse(engineApi), ApiVersion.CLIENT_MAX).toString();

        DockerEngine engine = DockerEngine.get();

        assertThat(engine.engineApiVersion()).isEqualTo(engineApi);
        assertThat(engine.apiVersion()).as("negotiated API version").isEqualTo(expected);
        assertThat(System.getProperty("api.version")).as("docker-java's api.version").isEqualTo(expected);
    }

    @Test
    void negotiatedVersionIs141OnEngine2010() {
        String serverVersion = DockerTestSupport.run("docker", "version", "--format", "{{.Server.Version}}").strip();
        org.junit.jupiter.api.Assumptions.assumeTrue(serverVersion.startsWith("20.10."),
                "this check is about Engine 20.10, found " + serverVersion);

        assertThat(DockerEngine.get().apiVersion()).isEqualTo("1.41");
    }

    @Test
    void overrideReachesDockerJava() throws Exception {
        String output = DockerTestSupport.runJvm(List.of("-Dnetsysctl.docker.apiVersion=1.40"),
                EngineFirstUse.class, "start");

        assertThat(output).contains("using 1.40 from netsysctl.docker.apiVersion")
                .contains("apiVersion=1.40 api.version=1.40")
                .containsPattern("(?m)^read="
                        + ProcSysFiles.readProcFile(Path.of("/proc/sys/net/ipv4/tcp_keepalive_time")).strip() + "$");
    }

    @Test
    void reportsEngineFacts() {
        DockerEngine engine = DockerEngine.get();
        String version = DockerTestSupport.run("docker", "version", "--format", "{{.Server.Version}}").strip();
        String runtime = DockerTestSupport.run("docker", "info", "--format", "{{.DefaultRuntime}}").strip();
        String kernel = DockerTestSupport.run("docker", "info", "--format", "{{.KernelVersion}}").strip();
        String imageId = DockerTestSupport.run("docker", "image", "inspect", "--format", "{{.Id}}",
                DockerTestSupport.BUSYBOX).strip();

        assertThat(engine.version()).isEqualTo(version);
        assertThat(engine.defaultRuntime()).isEqualTo(runtime);
        assertThat(engine.kernelVersion()).isEqualTo(kernel);
        assertThat(engine.imageId(DockerTestSupport.BUSYBOX)).contains(imageId);
        assertThat(engine.imageDigest(DockerTestSupport.BUSYBOX)).as("a locally built image has no digest").isEmpty();
        assertThat(engine.imageId("netsysctl/does-not-exist:local")).isEmpty();
    }
}
