package com.acme.config;

public final class Credentials {
    public static final String OPENAI_API_KEY = "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";

    private Credentials() {}
}
