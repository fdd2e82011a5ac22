package io.netsysctl.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            netsysctl/busybox:local                   | true  | true
            registry.example:5000/team/app:1.2        | true  | true
            busybox@sha256:0123456789abcdef           | true  | true
            netsysctl/../containers/create            | false | true
            busybox..local                            | false | true
            -busybox                                  | false | false
            busybox; rm -rf /                         | false | false
            ''                                        | false | false
            """)
    void referenceRules(String reference, boolean valid, boolean validCharacters) {
        assertThat(ImageReference.isValid(reference)).as("isValid").isEqualTo(valid);
        assertThat(ImageReference.hasValidCharacters(reference)).as("hasValidCharacters").isEqualTo(validCharacters);
    }

    @Test
    void nullReferenceInvalid() {
        assertThat(ImageReference.isValid(null)).isFalse();
        assertThat(ImageReference.hasValidCharacters(null)).isFalse();
    }
}
