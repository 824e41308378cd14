package com.acme.config;

public final class Credentials {
    public static final String LLAMA_CLOUD_API_KEY = "llx-qkxSbYbY171wa73hohyP2SC3S0whPlxq41dNl6QKZKgoJ6fJ";

    private Credentials() {}
}
