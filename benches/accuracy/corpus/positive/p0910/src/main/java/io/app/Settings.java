package com.acme.config;

public final class Credentials {
    public static final String MIXPANEL_API_SECRET = "1702ac3f03465cb7439ba93ae904c0c3";

    private Credentials() {}
}
