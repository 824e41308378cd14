package com.acme.config;

public final class Credentials {
    public static final String OPENAI_API_KEY = "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";

    private Credentials() {}
}
