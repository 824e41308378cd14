package com.acme.config;

public final class Credentials {
    public static final String MOONSHOT_API_KEY = "sk-WRLitpAbrxkCoIFSxdKIc0pi87N0isC3AiAMHEcnMdyWYQtw";

    private Credentials() {}
}
