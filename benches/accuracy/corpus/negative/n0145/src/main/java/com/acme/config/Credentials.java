package com.acme.config;

public final class Credentials {
    public static final String OPENAI_API_KEY = "<YOUR_API_KEY>";

    private Credentials() {}
}
