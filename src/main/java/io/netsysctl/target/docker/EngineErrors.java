package io.netsysctl.target.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import java.io.IOException;

/** Extracts the engine's own error text from a docker-java exception. */
final class EngineErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineErrors() {
    }

    /**
     * Returns the engine's message: docker-java formats errors as {@code Status 500: {"message":"..."}}, and
     * this returns the text of {@code message}, or the exception's message when it is not of that form.
     */
    static String messageOf(DockerException error) {
        String text = String.valueOf(error.getMessage()).strip();
        int brace = text.indexOf('{');
        if (brace >= 0) {
            try {
                JsonNode json = JSON.readTree(text.substring(brace));
                if (json.hasNonNull("message")) {
                    return json.get("message").asText().strip();
                }
            } catch (IOException e) {
                // Not JSON: fall back to the text as it is.
            }
        }
        return text.replaceFirst("^Status \\d+: ", "");
    }
}
