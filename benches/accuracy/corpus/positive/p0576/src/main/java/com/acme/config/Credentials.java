package com.acme.config;

public final class Credentials {
    public static final String DTRACK_API_KEY = "odt_edeClxJAaa0nq4imwgOELpLvKHN6uvPI";

    private Credentials() {}
}
