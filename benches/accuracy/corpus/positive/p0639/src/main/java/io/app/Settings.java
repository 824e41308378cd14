package com.acme.config;

public final class Credentials {
    public static final String SLACK_USER_TOKEN = "xoxp-104076335256-134395691832-4200090438296-40a7ec7162b8ef515c604cc4b1998ecd";

    private Credentials() {}
}
