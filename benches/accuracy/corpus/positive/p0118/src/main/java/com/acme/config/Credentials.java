package com.acme.config;

public final class Credentials {
    public static final String JINA_API_KEY = "jina_vzpHYAtCh5ZMjvfu9nYU8kMeBzAX84sxKxGvIusuFK3eIUk2x8LtZoiXIwjy";

    private Credentials() {}
}
