package io.netsysctl.target.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DockerEngineTest {

    @Test
    void apiVersionsCompareNumerically() {
        assertThat(ApiVersion.parse("1.9")).isLessThan(ApiVersion.parse("1.41"));
        assertThat(ApiVersion.min(ApiVersion.parse("1.41"), ApiVersion.CLIENT_MAX)).hasToString("1.41");
        assertThat(ApiVersion.min(ApiVersion.parse("1.51"), ApiVersion.CLIENT_MAX)).hasToString("1.44");
    }

    @Test
    void invalidApiVersionNamesInput() {
        assertThatThrownBy(() -> ApiVersion.parse("v1.41"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid Docker API version 'v1.41': expected MAJOR.MINOR, for example 1.41");
    }

    @Test
    void invalidImageReferenceNamesForm() {
        for (String image : new String[] {"busybox; rm -rf /", "", "busybox/../../containers", "-busybox"}) {
            assertThatThrownBy(() -> DockerEngine.requireImageReference(image))
                    .as(image)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid image reference '" + image + "': it must start with a letter or digit and "
                            + "contain only letters, digits and . _ : / @ + -; write name[:tag] or "
                            + "name@sha256:digest, for example netsysctl/busybox:local");
        }
    }

    @Test
    void validImageReferencesAccepted() {
        DockerEngine.requireImageReference("netsysctl/busybox:local");
        DockerEngine.requireImageReference("registry.example:5000/team/app:1.2");
        DockerEngine.requireImageReference("busybox@sha256:"
                + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    }

    @Test
    void unreachableEngineMessageNamesFix() {
        EngineEndpoint endpoint = EngineEndpoint.of("unix:///nonexistent/docker.sock");

        IOException error = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> endpoint.get("/version"));

        assertThat(DockerEngine.unreachableMessage(endpoint, error))
                .startsWith("no Docker engine answers at unix:///nonexistent/docker.sock (")
                .endsWith("): start dockerd or run scripts/prepare-host.sh as root; set DOCKER_HOST for another "
                        + "engine");
    }

    @Test
    void silentEngineTimesOut() throws IOException {
        Path socket = Files.createTempDirectory("netsysctl-engine").resolve("docker.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            EngineEndpoint endpoint = EngineEndpoint.of("unix://" + socket, Duration.ofMillis(300));

            assertThatThrownBy(() -> endpoint.get("/version"))
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessage("no complete response from unix://" + socket + " within 300 ms");
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(socket.getParent());
        }
    }

    @Test
    void unsupportedSchemeIsRejected() {
        assertThatThrownBy(() -> EngineEndpoint.of("ssh://build@host"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unsupported Docker host 'ssh://build@host'");
    }

    @Test
    void parsesChunkedResponse() throws IOException {
        String raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "7\r\n{\"a\":1,\r\n8\r\n\"b\":\"x\"}\r\n0\r\n\r\n";

        EngineEndpoint.Response response = EngineEndpoint.parse(raw.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"a\":1,\"b\":\"x\"}");
    }

    @Test
    void parsesPlainResponse() throws IOException {
        String raw = "HTTP/1.1 404 Not Found\r\nContent-Length: 12\r\n\r\n{\"m\":\"no\"}\n";

        EngineEndpoint.Response response = EngineEndpoint.parse(raw.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"m\":\"no\"}\n");
    }

    @Test
    void engineErrorTextIsExtracted() {
        var error = new com.github.dockerjava.api.exception.InternalServerErrorException(
                "Status 500: {\"message\":\"invalid --security-opt 2: \\\"x\\\"\"}\n");

        assertThat(EngineErrors.messageOf(error)).isEqualTo("invalid --security-opt 2: \"x\"");
    }
}
