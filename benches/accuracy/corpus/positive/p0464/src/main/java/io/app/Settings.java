package com.acme.config;

public final class Credentials {
    public static final String BITBUCKET_ACCESS_TOKEN = "ATCTT3TOuSL5gl_3yysnvBz-iRc_M2HSgJQkyPOT7PKrgp2PwhEJ39EWvfJpzqMeMpO7SkmMRQP363N1H4n4B37ahR2fZmdFoIt0USTJgb8QuBs432Lg98cpxDL2QdV42mk4W_mzDvitOeIbwJgHq0RKWg6Zl_66gAdAfFMVjywBI7nLx_pdWa-=97AC5F5B";

    private Credentials() {}
}
