package com.acme.config;

public final class Credentials {
    public static final String STABILITY_API_KEY = "sk-1nDYefMfKozTrsxPblVU3anlH4DZA0PowP25Iey2PZahDdUq";

    private Credentials() {}
}
