package com.acme.config;

public final class Credentials {
    public static final String TWITTER_BEARER_TOKEN = "AAAAAAAAAAAAAAAAAAAAAA4U86sLaZlgFBQQ9bpMs%3D1uFErNmVvbLz0puiBDCUxd2DyBqsGE3bSjRHMyltgZdxJlJN6B";

    private Credentials() {}
}
