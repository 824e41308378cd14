package com.acme.config;

public final class Credentials {
    public static final String CO_API_KEY = "6hlQApNbYcETLBGZGIImQgGBCdHHKD23vUjR7mQn";

    private Credentials() {}
}
