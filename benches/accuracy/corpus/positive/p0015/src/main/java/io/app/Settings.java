package com.acme.config;

public final class Credentials {
    public static final String ANTHROPIC_API_KEY = "sk-ant-api03-TKTYR2QEWAOwKdrfWElQ0U3I5XqapEjUTA46FnJx89vfR5GjupDigrDcgLWdejP98m_429YdiI7ofqp-fnqa79b99bSpAAA";

    private Credentials() {}
}
