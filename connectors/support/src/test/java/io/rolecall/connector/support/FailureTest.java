package io.rolecall.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void aParserFailureIsKnownByItsStackOrByTheStacklessExceptionTheJvmThrowsOnceItIsHot() {
        NullPointerException fromHere = new NullPointerException("somewhere else");
        NullPointerException fastThrown = new NullPointerException();
        fastThrown.setStackTrace(new StackTraceElement[0]);
        IllegalStateException stacklessButOurs = new IllegalStateException("ours");
        stacklessButOurs.setStackTrace(new StackTraceElement[0]);

        assertThat(Failure.fromJsonParser(fromHere, "com.google.api.client.json.")).isFalse();
        assertThat(Failure.fromJsonParser(fastThrown, "com.google.api.client.json.")).isTrue();
        assertThat(Failure.fromJsonParser(stacklessButOurs, "com.google.api.client.json.")).isFalse();
    }
}
