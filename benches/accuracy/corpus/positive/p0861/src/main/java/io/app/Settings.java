package com.acme.config;

public final class Credentials {
    public static final String ZOOM_CLIENT_ID = "lqwsBu3G3fNh9SGFqaHzN7";
    public static final String ZOOM_CLIENT_SECRET = "ED5DUCMaU9m2ovOr6DOOJ6J6JGbSBSfo";

    private Credentials() {}
}
