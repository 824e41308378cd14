package com.acme.config;

public final class Credentials {
    public static final String BROWSERSTACK_USERNAME = "hzwpszol_1AOmWU";
    public static final String BROWSERSTACK_ACCESS_KEY = "VdLX1riJvnokgJMbUz14";

    private Credentials() {}
}
