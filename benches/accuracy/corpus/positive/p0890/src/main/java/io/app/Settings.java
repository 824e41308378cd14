package com.acme.config;

public final class Credentials {
    public static final String HUBSPOT_ACCESS_TOKEN = "pat-na1-3d10722c-4246-4971-987a-925796a31034";

    private Credentials() {}
}
