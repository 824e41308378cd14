package com.acme.config;

public final class Credentials {
    public static final String RAWG_API_KEY = "e17d1777dae2b56b9f2c103651147b14";

    private Credentials() {}
}
