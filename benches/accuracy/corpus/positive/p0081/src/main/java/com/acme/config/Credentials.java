package com.acme.config;

public final class Credentials {
    public static final String TAVILY_API_KEY = "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";

    private Credentials() {}
}
